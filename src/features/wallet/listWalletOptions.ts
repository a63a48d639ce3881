import { DEV_WALLET_CONNECTOR_ID, isDevWalletAvailable } from '../../config/devWalletConnector.ts'

/** The connector fields the wallet list needs (a subset of wagmi's Connector). */
export interface ConnectorLike {
  id: string
  name: string
  type: string
  icon?: string | undefined
}

/**
 * Which connectors to offer, in order: discovered EIP-6963 wallets, then the plain injected
 * fallback (only when a `window.ethereum` exists and no discovered wallet already covers it),
 * then the Dev wallet on the devnet only.
 */
export function listWalletOptions<T extends ConnectorLike>(
  connectors: readonly T[],
  options: { chainId: number | undefined; hasWindowEthereum: boolean },
): T[] {
  const discovered = connectors.filter((c) => c.type === 'injected' && c.id !== 'injected')
  const plainInjected = connectors.filter((c) => c.id === 'injected')
  const devWallet = connectors.filter((c) => c.id === DEV_WALLET_CONNECTOR_ID)
  return [
    ...discovered,
    ...(options.hasWindowEthereum && discovered.length === 0 ? plainInjected : []),
    ...(isDevWalletAvailable(options.chainId) ? devWallet : []),
  ]
}

/** Display name of a connector: the plain injected one gets a friendlier label. */
export function walletDisplayName(connector: ConnectorLike): string {
  return connector.id === 'injected' ? 'Browser wallet' : connector.name
}
