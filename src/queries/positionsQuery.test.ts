import { describe, expect, it } from 'vitest'
import { hashFn } from 'wagmi/query'
import { createWagmiConfig } from '../config/wagmi.ts'
import { positionsQueryKey, positionsQueryOptions, positionsRetryDelay } from './positionsQuery.ts'

const ACCOUNT = '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266'

describe('positionsQueryOptions', () => {
  const config = createWagmiConfig({ rpcUrls: {} })
  it('stays disabled until account and block exist', () => {
    expect(
      positionsQueryOptions(config, { chainId: 31337, account: undefined, blockNumber: 5n }).enabled,
    ).toBe(false)
    expect(
      positionsQueryOptions(config, { chainId: 31337, account: ACCOUNT, blockNumber: undefined }).enabled,
    ).toBe(false)
    expect(positionsQueryOptions(config, { chainId: 31337, account: ACCOUNT, blockNumber: 5n }).enabled).toBe(
      true,
    )
  })

  it('keys by chain, account and block (bigint-safe), so a new block refetches', () => {
    const at = (blockNumber: bigint) =>
      hashFn(positionsQueryOptions(config, { chainId: 31337, account: ACCOUNT, blockNumber }).queryKey)
    expect(at(5n)).not.toBe(at(6n))
    expect(positionsQueryKey({ chainId: 31337, account: ACCOUNT, blockNumber: 5n })[1]).toMatchObject({
      chainId: 31337,
      account: ACCOUNT,
      blockNumber: 5n,
    })
  })

  it('backs off exponentially with a cap', () => {
    expect([0, 1, 2, 10].map(positionsRetryDelay)).toEqual([500, 1_000, 2_000, 8_000])
  })
})
