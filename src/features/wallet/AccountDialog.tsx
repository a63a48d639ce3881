import { useConnection, useDisconnect } from 'wagmi'
import { AddressDisplay } from '../../ui/AddressDisplay.tsx'
import { Button } from '../../ui/Button.tsx'
import { Dialog } from '../../ui/Dialog.tsx'
import { walletDisplayName } from './listWalletOptions.ts'
import { useWatchAddress } from './useWatchAddress.ts'

export interface AccountDialogProps {
  open: boolean
  onClose: () => void
  /** Opens the connect dialog (from "Connect a wallet instead" while watching). */
  onConnectInstead: () => void
}

/** Details of the connected wallet and/or the watched address, with disconnect / stop watching. */
export function AccountDialog({ open, onClose, onConnectInstead }: AccountDialogProps) {
  const { address, connector, chain } = useConnection()
  const disconnect = useDisconnect()
  const { watchAddress, stopWatching } = useWatchAddress()

  return (
    <Dialog open={open} onClose={onClose} title="Account">
      <div className="flex flex-col gap-5 text-sm">
        {address && (
          <section aria-label="Connected wallet" className="flex flex-col gap-2">
            <p className="text-slate-600 dark:text-slate-300">
              Connected with {connector ? walletDisplayName(connector) : 'a wallet'}
              {chain ? ` on ${chain.name}` : ''}
            </p>
            <AddressDisplay address={address} full className="max-w-full" chainId={chain?.id} />
            <Button
              variant="secondary"
              onClick={() => disconnect.mutate(connector ? { connector } : undefined, { onSuccess: onClose })}
              data-testid="disconnect-button"
            >
              Disconnect
            </Button>
          </section>
        )}
        {watchAddress && (
          <section aria-label="Watched address" className="flex flex-col gap-2">
            <p className="text-slate-600 dark:text-slate-300">
              {address ? 'Also watching (shown when no wallet is connected)' : 'Watching, read-only'}
            </p>
            <AddressDisplay address={watchAddress} full className="max-w-full" />
            <Button variant="secondary" onClick={stopWatching} data-testid="stop-watching-button">
              Stop watching
            </Button>
          </section>
        )}
        {!address && (
          <Button
            onClick={() => {
              onClose()
              onConnectInstead()
            }}
          >
            Connect a wallet
          </Button>
        )}
      </div>
    </Dialog>
  )
}
