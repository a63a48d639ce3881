import { cx } from './cx.ts'
import { explorerUrl } from './explorerUrl.ts'
import { FOCUS_RING } from './focusRing.ts'

/**
 * A transaction hash, shortened (`0x12345678…abcdef`, the whole hash in the title), linked to the chain's
 * block explorer when it has one; plain text on the devnet.
 */
export function TxHashText({
  hash,
  chainId,
  testId,
  className,
}: {
  hash: string
  chainId: number | undefined
  testId?: string
  className?: string
}) {
  const short = `${hash.slice(0, 10)}…${hash.slice(-6)}`
  const href = explorerUrl(chainId, 'tx', hash)
  if (!href)
    return (
      <code className={cx('text-xs', className)} title={hash} data-testid={testId}>
        {short}
      </code>
    )
  return (
    <a
      href={href}
      target="_blank"
      rel="noopener noreferrer"
      title={`${hash} (opens the block explorer)`}
      className={cx('font-mono text-xs text-teal-800 underline dark:text-teal-300', FOCUS_RING, className)}
      data-testid={testId}
    >
      {short}
    </a>
  )
}
