import { describe, expect, it } from 'vitest'
import { chainsWithDefaultFirst } from './chains.ts'
import { createWagmiConfig } from './wagmi.ts'

describe('chainsWithDefaultFirst', () => {
  it('puts the build default chain first and keeps every other chain in order', () => {
    const ids = chainsWithDefaultFirst({ VITE_DEFAULT_CHAIN_ID: '42161' }).map((chain) => chain.id)
    expect(ids).toEqual([42161, 31337, 1, 10, 8453, 137])
  })

  it('keeps the devnet first when the default is unset, unknown or not a number', () => {
    for (const env of [{}, { VITE_DEFAULT_CHAIN_ID: '5' }, { VITE_DEFAULT_CHAIN_ID: 'arbitrum' }])
      expect(chainsWithDefaultFirst(env)[0].id).toBe(31337)
  })

  it('opens a fresh visitor on the default chain', () => {
    const config = createWagmiConfig({ rpcUrls: {} }, { VITE_DEFAULT_CHAIN_ID: '1' })
    expect(config.state.chainId).toBe(1)
  })
})
