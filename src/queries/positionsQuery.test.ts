import { describe, expect, it } from 'vitest'
import { hashFn } from 'wagmi/query'
import { positionsKeys, positionsQueryOptions, positionsRetryDelay } from './positionsQuery.ts'

const ACCOUNT = '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266'

describe('positionsQueryOptions', () => {
  it('stays disabled until client, account and block exist', () => {
    const options = positionsQueryOptions({
      client: undefined,
      chainId: 31337,
      account: ACCOUNT,
      blockNumber: 5n,
    })
    expect(options.enabled).toBe(false)
  })

  it('keys by chain, account and block (bigint-safe), so a new block refetches', () => {
    const at = (blockNumber: bigint) =>
      hashFn(
        positionsQueryOptions({ client: undefined, chainId: 31337, account: ACCOUNT, blockNumber }).queryKey,
      )
    expect(at(5n)).not.toBe(at(6n))
    expect(positionsKeys.snapshot(31337, ACCOUNT, 5n, []).slice(0, 2)).toEqual(
      positionsKeys.account(31337, ACCOUNT),
    )
  })

  it('backs off exponentially with a cap', () => {
    expect([0, 1, 2, 10].map(positionsRetryDelay)).toEqual([500, 1_000, 2_000, 8_000])
  })
})
