import { useEffect, useState } from 'react'
import { cx } from './cx.ts'
import { explorerUrl } from './explorerUrl.ts'
import { FOCUS_RING } from './focusRing.ts'
import { truncateAddress } from './truncateAddress.ts'

export interface AddressDisplayProps {
  address: string
  /** Show the whole address instead of `0x1234…abcd`. */
  full?: boolean
  className?: string
  /** The chain the address lives on: on a chain with a block explorer the address links to its page. */
  chainId?: number | undefined
}

const COPIED_FEEDBACK_MS = 1500

/**
 * An address in monospace, truncated (full text in the tooltip), with a copy button; linked to the block
 * explorer when `chainId` has one (plain text on the devnet).
 */
export function AddressDisplay({ address, full = false, className, chainId }: AddressDisplayProps) {
  const [copied, setCopied] = useState(false)
  const href = explorerUrl(chainId, 'address', address)

  useEffect(() => {
    if (!copied) return
    const timer = setTimeout(() => setCopied(false), COPIED_FEEDBACK_MS)
    return () => clearTimeout(timer)
  }, [copied])

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(address)
      setCopied(true)
    } catch {
      // Clipboard blocked (insecure context or permission): the address stays selectable.
    }
  }

  return (
    <span className={cx('inline-flex min-w-0 items-center gap-1', className)}>
      {href ? (
        <a
          href={href}
          target="_blank"
          rel="noopener noreferrer"
          className={cx('truncate font-mono text-sm text-teal-800 underline dark:text-teal-300', FOCUS_RING)}
          title={`${address} (opens the block explorer)`}
        >
          {full ? address : truncateAddress(address)}
        </a>
      ) : (
        <span className="truncate font-mono text-sm" title={address}>
          {full ? address : truncateAddress(address)}
        </span>
      )}
      <button
        type="button"
        onClick={copy}
        aria-label={copied ? 'Address copied' : 'Copy address'}
        className={cx(
          'grid size-7 shrink-0 cursor-pointer place-items-center rounded-md text-slate-500 hover:bg-slate-100 hover:text-slate-900 dark:text-slate-400 dark:hover:bg-slate-800 dark:hover:text-slate-100',
          FOCUS_RING,
        )}
      >
        {copied ? (
          <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4" fill="none" stroke="currentColor">
            <path d="M4 10.5l4 4 8-9" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
          </svg>
        ) : (
          <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4" fill="none" stroke="currentColor">
            <rect x="7" y="7" width="9" height="9" rx="2" strokeWidth="1.6" />
            <path
              d="M13 4.5V4a1.5 1.5 0 0 0-1.5-1.5H5A1.5 1.5 0 0 0 3.5 4v6.5A1.5 1.5 0 0 0 5 12h.5"
              strokeWidth="1.6"
            />
          </svg>
        )}
      </button>
    </span>
  )
}
