import { type ReactNode, useMemo } from 'react'
import { WagmiProvider } from 'wagmi'
import { createWagmiConfig } from '../../config/wagmi.ts'
import { useSettings } from './useSettings.ts'

/**
 * WagmiProvider over a config built from the stored RPC URLs. When they change, the provider is
 * re-keyed: wagmi mounts fresh transports and reconnects the wallet from its storage.
 */
export function WagmiFromSettings({ children }: { children: ReactNode }) {
  const [settings] = useSettings()
  const rpcUrlsKey = JSON.stringify(settings.rpcUrls)
  const config = useMemo(() => createWagmiConfig({ rpcUrls: JSON.parse(rpcUrlsKey) }), [rpcUrlsKey])
  return (
    <WagmiProvider key={rpcUrlsKey} config={config}>
      {children}
    </WagmiProvider>
  )
}
