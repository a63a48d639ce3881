import { defineChain } from 'viem'

// OP Mainnet and Base as the app uses them, rather than viem's `optimism` and `base`: those carry
// viem's OP-stack transaction serializers and formatters (deposit transactions, L1 fee fields), which
// pull viem's whole local-signing stack (RLP, blobs, KZG, SHA-256) into the initial JS: ~10 KB gzip.
// Poolscope never serializes or signs a transaction itself (the wallet does) and reads no deposit
// transaction or L1 fee field, so the plain formatters are enough. Ids, names, public RPCs, explorers,
// block time (viem's polling interval follows it) and Multicall3 are viem's, copied as they are.

/** OP Mainnet (chain id 10). */
export const optimism = defineChain({
  id: 10,
  name: 'OP Mainnet',
  nativeCurrency: { name: 'Ether', symbol: 'ETH', decimals: 18 },
  rpcUrls: { default: { http: ['https://mainnet.optimism.io'] } },
  blockExplorers: {
    default: {
      name: 'Optimism Explorer',
      url: 'https://optimistic.etherscan.io',
      apiUrl: 'https://api-optimistic.etherscan.io/api',
    },
  },
  contracts: {
    multicall3: { address: '0xca11bde05977b3631167028862be2a173976ca11', blockCreated: 4286263 },
  },
  blockTime: 2_000,
  sourceId: 1,
})

/** Base (chain id 8453). */
export const base = defineChain({
  id: 8453,
  name: 'Base',
  nativeCurrency: { name: 'Ether', symbol: 'ETH', decimals: 18 },
  rpcUrls: { default: { http: ['https://mainnet.base.org'] } },
  blockExplorers: {
    default: { name: 'Basescan', url: 'https://basescan.org', apiUrl: 'https://api.basescan.org/api' },
  },
  contracts: {
    multicall3: { address: '0xca11bde05977b3631167028862be2a173976ca11', blockCreated: 5022 },
  },
  blockTime: 2_000,
  sourceId: 1,
})
