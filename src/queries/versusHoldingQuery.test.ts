import { describe, expect, it } from 'vitest'
import { hashFn } from 'wagmi/query'
import type { PositionsSnapshot, PositionView } from '../domain/positions/model.ts'
import { versusHoldingQueryKey } from './versusHoldingQuery.ts'

const ACCOUNT = '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266'

/** A snapshot at one block holding positions of these ids and statuses (only what the key reads). */
function snapshotOf(positions: { id: string; status: 'ok' | 'unavailable' }[]): PositionsSnapshot {
  return {
    chainId: 31337,
    account: ACCOUNT,
    blockNumber: 100n,
    blockTimestamp: 1_700_000_000,
    positions: positions as unknown as PositionView[],
    totalValueUsd: 0,
    positionsWithoutPrice: 0,
    pricesUsd: {},
    stakerRewardsOwed: null,
  } as unknown as PositionsSnapshot
}

describe('versusHoldingQueryKey', () => {
  const key = (positions: { id: string; status: 'ok' | 'unavailable' }[]) =>
    hashFn(versusHoldingQueryKey({ snapshot: snapshotOf(positions) }))

  it('changes when one block’s snapshot grows (V4 positions found, another V3 page), so they get figures', () => {
    const v3Only = key([{ id: 'v3:1', status: 'ok' }])
    expect(key([{ id: 'v3:1', status: 'ok' }])).toBe(v3Only)
    expect(
      key([
        { id: 'v3:1', status: 'ok' },
        { id: 'v4:7', status: 'ok' },
      ]),
    ).not.toBe(v3Only)
    expect(
      key([
        { id: 'v3:1', status: 'ok' },
        { id: 'v3:2', status: 'ok' },
      ]),
    ).not.toBe(v3Only)
  })

  it('changes when a retry turns an unavailable position ok', () => {
    const before = key([
      { id: 'v3:1', status: 'ok' },
      { id: 'v2:0xabc:wallet', status: 'unavailable' },
    ])
    const after = key([
      { id: 'v3:1', status: 'ok' },
      { id: 'v2:0xabc:wallet', status: 'ok' },
    ])
    expect(after).not.toBe(before)
    expect(before).toBe(key([{ id: 'v3:1', status: 'ok' }]))
  })
})
