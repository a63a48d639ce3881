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
  else if (active.source === 'watch') label = `Watching ${truncateAddress(active.address)}`
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
        aria-label={
          active.source === 'wallet'
            ? `Account ${active.address}`
            : active.source === 'watch'
              ? `Watching ${active.address}`
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
