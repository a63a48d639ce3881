import { lazy, type ReactNode, Suspense, useState } from 'react'
import { useConnection } from 'wagmi'
import { Button } from '../../ui/Button.tsx'
import { Spinner } from '../../ui/Spinner.tsx'
import { truncateAddress } from '../../ui/truncateAddress.ts'
import { useActiveAccount } from './useActiveAccount.ts'

// The dialogs load on first use (or when the pointer or focus reaches the button), not with the app.
const loadConnectDialog = () => import('./ConnectWalletDialog.tsx')
const loadAccountDialog = () => import('./AccountDialog.tsx')
const ConnectWalletDialog = lazy(async () => ({ default: (await loadConnectDialog()).ConnectWalletDialog }))
const AccountDialog = lazy(async () => ({ default: (await loadAccountDialog()).AccountDialog }))
const preloadDialogs = () => {
  loadConnectDialog().catch(() => undefined)
  loadAccountDialog().catch(() => undefined)
}

/** Said to screen readers while a dialog's code loads (a moment on a slow network). */
function DialogLoading() {
  return (
    <span role="status" className="sr-only">
      Loading…
    </span>
  )
}

/** An eye: the account is watched (read-only), not connected. */
function WatchIcon() {
  return (
    <svg
      viewBox="0 0 24 24"
      aria-hidden="true"
      className="size-4 shrink-0"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
    >
      <path d="M2 12s3.6-7 10-7 10 7 10 7-3.6 7-10 7S2 12 2 12Z" />
      <circle cx="12" cy="12" r="3" />
    </svg>
  )
}

/**
 * The header's account control: "Connect" when there is no account, the short address when
 * connected, "Watching …" for a watched address. It opens the matching dialog.
 */
export function AccountButton() {
  const { status } = useConnection()
  const active = useActiveAccount()
  const [dialog, setDialog] = useState<'connect' | 'account' | null>(null)
  // A dialog stays mounted once opened, so the native <dialog> closes (and returns focus) itself.
  const [used, setUsed] = useState({ connect: false, account: false })
  const close = () => setDialog(null)
  const open = (which: 'connect' | 'account') => {
    setUsed((was) => (was[which] ? was : { ...was, [which]: true }))
    setDialog(which)
  }

  let label: ReactNode
  if (active.source === 'wallet') label = truncateAddress(active.address)
  else if (status === 'reconnecting' || status === 'connecting') label = <Spinner label="Connecting" />
  else if (active.source === 'watch')
    // On a phone the word gives way to the eye, so the header's controls fit on one 360 px line.
    label = (
      <span className="inline-flex items-center gap-1.5">
        <WatchIcon />
        <span className="hidden min-[480px]:inline">Watching</span> {truncateAddress(active.address)}
      </span>
    )
  else label = 'Connect'

  return (
    <>
      <Button
        variant={active.source ? 'secondary' : 'primary'}
        size="sm"
        onClick={() => open(active.source ? 'account' : 'connect')}
        onPointerEnter={preloadDialogs}
        onFocus={preloadDialogs}
        data-testid="account-button"
        data-account-source={active.source ?? 'none'}
        // The name starts with the words shown (WCAG 2.5.3, label in name), then the whole address.
        aria-label={
          active.source === 'wallet'
            ? `Account ${truncateAddress(active.address)} (${active.address})`
            : active.source === 'watch'
              ? `Watching ${truncateAddress(active.address)} (${active.address})`
              : 'Connect a wallet'
        }
        className={active.source ? 'font-mono' : undefined}
      >
        {label}
      </Button>
      <Suspense fallback={<DialogLoading />}>
        {used.connect && <ConnectWalletDialog open={dialog === 'connect'} onClose={close} />}
        {used.account && (
          <AccountDialog
            open={dialog === 'account'}
            onClose={close}
            onConnectInstead={() => open('connect')}
          />
        )}
      </Suspense>
    </>
  )
}
