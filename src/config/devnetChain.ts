import { type Address, defineChain } from 'viem'
import deployments from './devnet.deployments.json' with { type: 'json' }

/** Chain id of the local anvil devnet (anvil's default). */
export const DEVNET_CHAIN_ID = 31337

/** The local anvil devnet with real Uniswap contracts, reachable without internet. */
export const poolscopeDevnet = defineChain({
  id: DEVNET_CHAIN_ID,
  name: 'Poolscope Devnet',
  nativeCurrency: { name: 'Ether', symbol: 'ETH', decimals: 18 },
  rpcUrls: { default: { http: ['http://127.0.0.1:8545'] } },
  contracts: {
    // The deployments JSON is typed by inference (config may not import the domain's Deployments type).
    multicall3: { address: deployments.contracts.multicall3 as Address, blockCreated: 0 },
  },
  testnet: true,
})

/** Whether `chainId` is the local devnet (dev-only features such as the Dev wallet depend on it). */
export function isDevnetChain(chainId: number | undefined): boolean {
  return chainId === DEVNET_CHAIN_ID
}
