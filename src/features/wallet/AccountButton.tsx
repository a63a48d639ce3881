import { type ReactNode, useState } from 'react'
import { useConnection } from 'wagmi'
import { Button } from '../../ui/Button.tsx'
import { Spinner } from '../../ui/Spinner.tsx'
import { truncateAddress } from '../../ui/truncateAddress.ts'
import { AccountDialog } from './AccountDialog.tsx'
import { ConnectWalletDialog } from './ConnectWalletDialog.tsx'
import { useActiveAccount } from './useActiveAccount.ts'

/**
 * The header's account control: "Connect" when there is no account, the short address when
 * connected, "Watching …" for a watched address. It opens the matching dialog.
 */
export function AccountButton() {
  const { status } = useConnection()
  const active = useActiveAccount()
  const [dialog, setDialog] = useState<'connect' | 'account' | null>(null)
  const close = () => setDialog(null)

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
        onClick={() => setDialog(active.source ? 'account' : 'connect')}
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
      <ConnectWalletDialog open={dialog === 'connect'} onClose={close} />
      <AccountDialog
        open={dialog === 'account'}
        onClose={close}
        onConnectInstead={() => setDialog('connect')}
      />
    </>
  )
}
