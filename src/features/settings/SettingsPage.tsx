import { useChainId, useChains } from 'wagmi'
import { AddressDisplay } from '../../ui/AddressDisplay.tsx'
import { Button } from '../../ui/Button.tsx'
import { Card } from '../../ui/Card.tsx'
import { AlertsSettings } from '../alerts/AlertsSettings.tsx'
import { PageHeading } from '../layout/PageHeading.tsx'
import { useWatchAddress } from '../wallet/useWatchAddress.ts'
import { WatchAddressForm } from '../wallet/WatchAddressForm.tsx'
import { ApprovalsPanel } from './ApprovalsPanel.tsx'
import { RpcUrlsEditor } from './RpcUrlsEditor.tsx'
import { ThemeChoice } from './ThemeChoice.tsx'

/** Theme, the watched address, alerts, the account's approvals (with revoke) and per-chain RPC URLs (settings are kept in this browser only). */
export default function SettingsPage() {
  const chains = useChains()
  const chainId = useChainId()
  const { watchAddress, watch, stopWatching } = useWatchAddress()
  return (
    <>
      <PageHeading title="Settings" description="Stored in this browser only." />
      <div className="flex flex-col gap-4">
        <Card title="Appearance">
          <ThemeChoice />
        </Card>
        <Card title="Watched address">
          {watchAddress ? (
            <div className="flex flex-wrap items-center gap-3">
              <AddressDisplay address={watchAddress} full className="max-w-full" chainId={chainId} />
              <Button variant="secondary" size="sm" onClick={stopWatching}>
                Stop watching
              </Button>
            </div>
          ) : (
            <WatchAddressForm onWatch={watch} />
          )}
        </Card>
        <Card title="Alerts">
          <AlertsSettings />
        </Card>
        <Card title="Approvals">
          <ApprovalsPanel />
        </Card>
        <Card title="RPC endpoints">
          <p className="mb-4 text-sm text-slate-600 dark:text-slate-300">
            Each chain is read through your URLs first, then the deployment's{' '}
            <code>VITE_RPC_URL_&lt;chainId&gt;</code> URLs, falling back only among those. A chain for which
            neither is set uses viem&apos;s public default, which is rate-limited.
          </p>
          <div className="flex flex-col gap-6">
            {chains.map((chain) => (
              <RpcUrlsEditor key={chain.id} chain={chain} />
            ))}
          </div>
        </Card>
      </div>
    </>
  )
}
