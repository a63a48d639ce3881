import type { Transport } from 'viem'
import { createConfig, createStorage, noopStorage } from 'wagmi'
import { injected } from 'wagmi/connectors'
import { chainsWithDefaultFirst, supportedChains } from './chains.ts'
import { createCheckedTransport, resolveChainRpcUrls } from './chainTransport.ts'
import { devWallet } from './devWalletConnector.ts'
import { readEnvRpcRateLimit } from './rpcRateLimit.ts'
import { getUserRpcUrls, type Settings } from './settings.ts'

/** localStorage key prefix of wagmi's own state (last connector, chain), for reconnect on reload. */
export const WAGMI_STORAGE_KEY = 'poolscope.wagmi'

/** The build's rate limit of a chain's RPCs; a malformed value is reported and the default kept. */
function buildRateLimit(chainId: number, env: Record<string, unknown> | undefined) {
  try {
    return readEnvRpcRateLimit(chainId, env)
  } catch (error) {
    console.error(`${(error as Error).message} Using the default limit.`)
    return undefined
  }
}

/**
 * Builds the wagmi config from the user's RPC settings. Each chain's transport is the fallback over
 * its URLs, cross-checked against the second URL when there is one (see `rpcCrossCheck.ts`). Rebuilt when those change, so a new RPC URL
 * applies without a reload (wagmi reconnects the wallet from storage).
 *
 * Connectors: EIP-6963 wallets are discovered at runtime (`multiInjectedProviderDiscovery`); a
 * plain `injected()` covers a legacy `window.ethereum`; the Dev wallet is listed by the UI only on
 * the devnet.
 */
export function createWagmiConfig(settings: Pick<Settings, 'rpcUrls'>, env?: Record<string, unknown>) {
  const transports = Object.fromEntries(
    supportedChains.map((chain) => [
      chain.id,
      createCheckedTransport(
        chain.id,
        resolveChainRpcUrls(chain, getUserRpcUrls(settings, chain.id), env),
        buildRateLimit(chain.id, env),
      ),
    ]),
  ) as Record<(typeof supportedChains)[number]['id'], Transport>

  return createConfig({
    chains: chainsWithDefaultFirst(env),
    connectors: [injected(), devWallet()],
    multiInjectedProviderDiscovery: true,
    storage: createStorage({
      key: WAGMI_STORAGE_KEY,
      storage: typeof window !== 'undefined' ? window.localStorage : noopStorage,
    }),
    transports,
  })
}

/** The app's wagmi config type. */
export type AppWagmiConfig = ReturnType<typeof createWagmiConfig>

declare module 'wagmi' {
  interface Register {
    config: AppWagmiConfig
  }
}
