import { type ReactNode, useMemo } from 'react'
import { WagmiProvider } from 'wagmi'
import { createWagmiConfig } from '../../config/wagmi.ts'
import { useSettings } from './useSettings.ts'

/**
 * WagmiProvider over a config built from the stored RPC URLs. When they change, the provider is
 * re-keyed: wagmi mounts fresh transports and reconnects the wallet from its storage.
 *
 * The provider element is memoized on the config and the children: any other settings change (theme,
 * watched address) must not re-render it, because wagmi's Hydrate re-hydrates its store DURING render
 * (non-SSR), which updates every mounted wagmi hook mid-render — React's "Cannot update a component
 * (ChainSwitcher) while rendering a different component (Hydrate)".
 */
export function WagmiFromSettings({ children }: { children: ReactNode }) {
  const [settings] = useSettings()
  const rpcUrlsKey = JSON.stringify(settings.rpcUrls)
  const config = useMemo(() => createWagmiConfig({ rpcUrls: JSON.parse(rpcUrlsKey) }), [rpcUrlsKey])
  return useMemo(
    () => (
      <WagmiProvider key={rpcUrlsKey} config={config}>
        {children}
      </WagmiProvider>
    ),
    [rpcUrlsKey, config, children],
  )
}
