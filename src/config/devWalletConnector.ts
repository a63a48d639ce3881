import { type Address, type EIP1193RequestFn, getAddress, http, numberToHex, SwitchChainError } from 'viem'
import { createConnector } from 'wagmi'
import deployments from './devnet.deployments.json' with { type: 'json' }
import { DEVNET_CHAIN_ID, poolscopeDevnet } from './devnetChain.ts'

/** wagmi connector id of the Dev wallet. */
export const DEV_WALLET_CONNECTOR_ID = 'poolscopeDevWallet'

/** Storage flag that lets the Dev wallet reconnect after a reload (like injected's shim). */
const CONNECTED_FLAG = `${DEV_WALLET_CONNECTOR_ID}.connected`

const ZERO_ADDRESS = '0x0000000000000000000000000000000000000000'

/**
 * Whether the Dev wallet may be offered: only on the local devnet, where anvil holds unlocked
 * accounts. On any other chain it would have nothing to sign with.
 */
export function isDevWalletAvailable(chainId: number | undefined): boolean {
  return chainId === DEVNET_CHAIN_ID
}

/**
 * Picks the account the Dev wallet acts as: the devnet's `demoAccount` when the node has it
 * unlocked, else the node's first unlocked account (anvil account 0).
 */
export function pickDevAccount(nodeAccounts: readonly string[], demoAccount: string): Address | undefined {
  const unlocked = nodeAccounts.map((account) => getAddress(account))
  if (demoAccount !== ZERO_ADDRESS) {
    const demo = unlocked.find((account) => account === getAddress(demoAccount))
    if (demo) return demo
  }
  return unlocked[0]
}

type DevWalletProvider = { request: EIP1193RequestFn }

/**
 * A wagmi connector that acts as anvil's unlocked account 0 on the devnet.
 *
 * Why a custom connector rather than wagmi's `mock`: `mock` takes a fixed account list, always
 * reports itself connected on reload only with a flag we can't persist, and forwards to
 * `chain.rpcUrls.default` (ignoring the user's RPC override). This one forwards every request to
 * the devnet's configured transport (so a settings/env RPC override is honoured), asks the node
 * which accounts are unlocked, and lets anvil sign: transactions go out as `eth_sendTransaction`
 * and anvil signs them with its own key. No private key ever exists in the app.
 */
export function devWallet() {
  let account: Address | undefined

  return createConnector<DevWalletProvider>((config) => {
    const nodeRequest = (): EIP1193RequestFn => {
      const transport = config.transports?.[DEVNET_CHAIN_ID] ?? http(poolscopeDevnet.rpcUrls.default.http[0])
      return transport({ chain: poolscopeDevnet, retryCount: 0 }).request as EIP1193RequestFn
    }

    const request = (async ({ method, params }: { method: string; params?: unknown }) => {
      switch (method) {
        case 'eth_chainId':
          return numberToHex(DEVNET_CHAIN_ID)
        case 'eth_accounts':
        case 'eth_requestAccounts':
          return account ? [account] : []
        case 'wallet_switchEthereumChain': {
          const [target] = params as [{ chainId: string }]
          if (Number(target.chainId) === DEVNET_CHAIN_ID) return null
          throw new SwitchChainError(new Error('The Dev wallet only works on Poolscope Devnet.'))
        }
        case 'personal_sign': {
          // anvil signs messages with eth_sign(address, message) for unlocked accounts.
          const [message, address] = params as [string, string]
          return nodeRequest()({ method: 'eth_sign', params: [address as Address, message as `0x${string}`] })
        }
        default:
          return nodeRequest()({ method, params } as never)
      }
    }) as EIP1193RequestFn

    return {
      id: DEV_WALLET_CONNECTOR_ID,
      name: 'Dev wallet (anvil account 0)',
      type: 'devWallet',
      async connect({ chainId, withCapabilities } = {}) {
        if (chainId !== undefined && chainId !== DEVNET_CHAIN_ID) {
          throw new SwitchChainError(new Error('The Dev wallet only works on Poolscope Devnet.'))
        }
        const nodeAccounts = (await nodeRequest()({ method: 'eth_accounts' })) as string[]
        account = pickDevAccount(nodeAccounts, deployments.demoAccount)
        if (!account) throw new Error('The devnet node has no unlocked account to act as.')
        await config.storage?.setItem(CONNECTED_FLAG, true)
        const accounts = withCapabilities ? [{ address: account, capabilities: {} }] : [account]
        return { accounts: accounts as never, chainId: DEVNET_CHAIN_ID }
      },
      async disconnect() {
        account = undefined
        await config.storage?.removeItem(CONNECTED_FLAG)
      },
      async getAccounts() {
        return account ? [account] : []
      },
      async getChainId() {
        return DEVNET_CHAIN_ID
      },
      async getProvider() {
        return { request }
      },
      async isAuthorized() {
        return Boolean(await config.storage?.getItem(CONNECTED_FLAG))
      },
      async switchChain({ chainId }) {
        if (chainId !== DEVNET_CHAIN_ID) {
          throw new SwitchChainError(new Error('The Dev wallet only works on Poolscope Devnet.'))
        }
        return poolscopeDevnet
      },
      onAccountsChanged() {},
      onChainChanged() {},
      onDisconnect() {
        account = undefined
        config.emitter.emit('disconnect')
      },
    }
  })
}
