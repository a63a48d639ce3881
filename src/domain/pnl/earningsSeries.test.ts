import { describe, expect, it } from 'vitest'
import type { LedgerEntry } from '../ledger/ledgerExport.ts'
import type { LedgerLeg, LedgerRow } from '../ledger/ledgerTypes.ts'
import { type EarningsPoint, earningsSeries } from './earningsSeries.ts'

const T0 = '0x00000000000000000000000000000000000000a0' as const
const T1 = '0x00000000000000000000000000000000000000a1' as const
const RWD = '0x00000000000000000000000000000000000000f0' as const
const tx = (n: number) => `0x${n.toString(16).padStart(64, '0')}` as const
const leg = (token: LedgerLeg['token'], amountWei: bigint, part: LedgerLeg['part']): LedgerLeg => ({
  token,
  amountWei,
  direction: 'in',
  part,
})

/** Row n at timestamp 1000·n (or `timestamp`), T1 worth 2 USD. */
function entry(
  n: number,
  kind: LedgerRow['kind'],
  positionId: string,
  legs: [LedgerLeg, number | null][],
  timestamp: number | undefined = n * 1000,
): LedgerEntry {
  return {
    row: {
      id: `${tx(n)}:0`,
      kind,
      blockNumber: BigInt(n),
      logIndex: 0,
      transactionHash: tx(n),
      timestamp,
      positionId,
      pool: undefined,
      legs: legs.map(([l]) => l),
    },
    legsUsd: legs.map(([, usd]) => usd),
    pricesUsd: { [T1]: 2 },
  }
}

const book = [
  entry(1, 'mint', 'v3:7', [
    [leg(T0, 100n, 'principal'), 10],
    [leg(T1, 100n, 'principal'), 20],
  ]),
  entry(2, 'mint', 'v3:8', [[leg(T0, 5n, 'principal'), 5]]),
  entry(3, 'collect', 'v3:7', [
    [leg(T0, 40n, 'principal'), 4],
    [leg(T0, 3n, 'fee'), 0.3],
    [leg(T1, 2n, 'fee'), 0.4],
  ]),
  entry(4, 'claim', 'v3:7', [[leg(RWD, 9n, 'reward'), 1.5]]),
  // Same timestamp as the claim: merged into one step.
  entry(5, 'collect', 'v3:7', [[leg(T1, 1n, 'fee'), 0.2]], 4000),
  entry(6, 'collect', 'v3:8', [[leg(T0, 1n, 'fee'), 7]]),
  entry(7, 'claim', 'v3:staker', [[leg(RWD, 1n, 'reward'), 0.25]]),
]

/** Points equal to the expected ones: timestamps and kinds exactly, values to 1e-12. */
function expectPoints(actual: readonly EarningsPoint[], expected: readonly EarningsPoint[]) {
  expect(actual.map((p) => [p.timestamp, p.kind])).toEqual(expected.map((p) => [p.timestamp, p.kind]))
  actual.forEach((point, index) => {
    expect(point.cumulative).toBeCloseTo(expected[index]?.cumulative ?? Number.NaN, 12)
    expect(point.added).toBeCloseTo(expected[index]?.added ?? Number.NaN, 12)
  })
}

describe('earningsSeries', () => {
  it('steps at each collect’s fee part and each claim, principal left out, then adds what is owed now', () => {
    const series = earningsSeries({
      entries: book,
      positionIds: ['V3:7'],
      now: { timestamp: 9000, uncollectedFees: 0.6, pendingRewards: 0.05 },
    })
    expectPoints(series.points, [
      { timestamp: 1000, cumulative: 0, kind: 'start', added: 0 },
      { timestamp: 3000, cumulative: 0.7, kind: 'earned', added: 0.7 },
      { timestamp: 4000, cumulative: 0.7 + 1.7, kind: 'earned', added: 1.7 },
      { timestamp: 9000, cumulative: 2.4 + 0.65, kind: 'now', added: 0.65 },
    ])
    expect(series.total).toBeCloseTo(3.05, 12)
    expect(series.partial).toBe(false)
    expect(series.nowUnknown).toBe(false)
  })

  it('the portfolio: every position, staker claims included, in chain order whatever the input order', () => {
    const series = earningsSeries({
      entries: [...book.slice(4), ...book.slice(0, 4)],
      now: { timestamp: 9000, uncollectedFees: 1, pendingRewards: 0 },
    })
    expect(series.points.map((p) => [p.timestamp, p.kind])).toEqual([
      [1000, 'start'],
      [3000, 'earned'],
      [4000, 'earned'],
      [6000, 'earned'],
      [7000, 'earned'],
      [9000, 'now'],
    ])
    // 0.7 + 1.7 + 7 + 0.25 + 1
    expect(series.total).toBeCloseTo(10.65, 12)
    expect(series.points.map((p) => p.cumulative)).toEqual(
      [0, 0.7, 2.4, 9.4, 9.65, 10.65].map((v) => expect.closeTo(v, 12)),
    )
    // Part of what is owed now unknown: the known part counts, the series says partial.
    const partialNow = earningsSeries({
      entries: book,
      now: { timestamp: 9000, uncollectedFees: 1, pendingRewards: 0, partial: true },
    })
    expect(partialNow.total).toBeCloseTo(10.65, 12)
    expect(partialNow.partial).toBe(true)
    expect(partialNow.nowUnknown).toBe(true)
  })

  it('in a token: each value over the token’s USD price at the row’s block', () => {
    const series = earningsSeries({
      entries: book,
      positionIds: ['v3:7'],
      numeraire: T1,
      now: { timestamp: 9000, uncollectedFees: 0.1, pendingRewards: 0 },
    })
    // Fees 0.3 + 0.4 USD = 0.35 T1; claim 1.5 + fee 0.2 = 0.85 T1; owed now 0.1 (already in T1).
    expectPoints(series.points, [
      { timestamp: 1000, cumulative: 0, kind: 'start', added: 0 },
      { timestamp: 3000, cumulative: 0.35, kind: 'earned', added: 0.35 },
      { timestamp: 4000, cumulative: 1.2, kind: 'earned', added: 0.85 },
      { timestamp: 9000, cumulative: 1.3, kind: 'now', added: 0.1 },
    ])
  })

  it('unpriced legs and unknown owed amounts make it partial, never a guess', () => {
    const undated = entry(9, 'claim', 'v3:7', [[leg(RWD, 4n, 'reward'), 3]])
    const series = earningsSeries({
      entries: [
        ...book,
        entry(8, 'collect', 'v3:7', [[leg(T0, 4n, 'fee'), null]]),
        { ...undated, row: { ...undated.row, timestamp: undefined } },
      ],
      positionIds: ['v3:7'],
      now: { timestamp: 9000, uncollectedFees: null, pendingRewards: 0.05 },
    })
    expect(series.unpricedLegs).toBe(2)
    expect(series.nowUnknown).toBe(true)
    expect(series.partial).toBe(true)
    expect(series.total).toBeCloseTo(2.45, 12)
    expectPoints(series.points.slice(-1), [{ timestamp: 9000, cumulative: 2.45, kind: 'now', added: 0.05 }])
  })

  it('no events: a flat line at what is owed now', () => {
    const series = earningsSeries({
      entries: [],
      now: { timestamp: 50, uncollectedFees: 0, pendingRewards: 0 },
    })
    expect(series.points).toEqual([
      { timestamp: 50, cumulative: 0, kind: 'start', added: 0 },
      { timestamp: 50, cumulative: 0, kind: 'now', added: 0 },
    ])
    expect(series.total).toBe(0)
  })
})
