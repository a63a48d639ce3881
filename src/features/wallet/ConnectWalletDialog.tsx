import { useChainId, useConnect, useConnectors } from 'wagmi'
import { Banner } from '../../ui/Banner.tsx'
import { Dialog } from '../../ui/Dialog.tsx'
import { FOCUS_RING } from '../../ui/focusRing.ts'
import { Spinner } from '../../ui/Spinner.tsx'
import { describeWalletError } from './describeWalletError.ts'
import { listWalletOptions, walletDisplayName } from './listWalletOptions.ts'
import { useWatchAddress } from './useWatchAddress.ts'
import { WalletIcon } from './WalletIcon.tsx'
import { WatchAddressForm } from './WatchAddressForm.tsx'

export interface ConnectWalletDialogProps {
  open: boolean
  onClose: () => void
}

/** Choose a wallet to connect, or paste an address to watch. */
export function ConnectWalletDialog({ open, onClose }: ConnectWalletDialogProps) {
  const chainId = useChainId()
  const connectors = useConnectors()
  const { watch } = useWatchAddress()
  const connect = useConnect({ mutation: { onSuccess: onClose } })
  const close = () => {
    connect.reset()
    onClose()
  }
  const options = listWalletOptions(connectors, {
    chainId,
    hasWindowEthereum: typeof window !== 'undefined' && 'ethereum' in window && Boolean(window.ethereum),
  })
  const pendingConnector = connect.isPending ? connect.variables?.connector : undefined
  // variables.connector may be a connector factory (no id) when called elsewhere; ours pass instances.
  const pendingId = pendingConnector && 'id' in pendingConnector ? pendingConnector.id : undefined

  return (
    <Dialog open={open} onClose={close} title="Connect a wallet">
      <div className="flex flex-col gap-5">
        {connect.error && (
          <Banner tone="error" title="Not connected" data-testid="connect-error">
            {describeWalletError(connect.error, 'connect')}
          </Banner>
        )}
        {options.length > 0 ? (
          <ul className="flex flex-col gap-2" aria-label="Available wallets">
            {options.map((connector) => (
              <li key={connector.uid}>
                <button
                  type="button"
                  disabled={connect.isPending}
                  onClick={() => connect.mutate({ connector })}
                  data-testid={`connector-${connector.id}`}
                  className={`flex w-full cursor-pointer items-center gap-3 rounded-lg border border-slate-200 px-3 py-2.5 text-left text-sm font-medium hover:bg-slate-50 disabled:cursor-wait disabled:opacity-60 dark:border-slate-700 dark:hover:bg-slate-800 ${FOCUS_RING}`}
                >
                  <WalletIcon icon={connector.icon} />
                  <span className="flex-1">{walletDisplayName(connector)}</span>
                  {pendingId === connector.id && <Spinner label="Waiting for the wallet" />}
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-slate-600 dark:text-slate-300">
            No browser wallet found. Install one (any EIP-6963 wallet works), switch to Poolscope Devnet to
            use the Dev wallet, or watch an address below.
          </p>
        )}
        <div className="border-t border-slate-200 pt-4 dark:border-slate-700">
          <WatchAddressForm
            testIdPrefix="dialog-"
            onWatch={(address) => {
              watch(address)
              close()
            }}
          />
        </div>
      </div>
    </Dialog>
  )
}
