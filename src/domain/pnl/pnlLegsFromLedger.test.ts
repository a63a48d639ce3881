import { describe, expect, it } from 'vitest'
import type { LedgerEntry, LedgerGas } from '../ledger/ledgerExport.ts'
import type { LedgerLeg, LedgerRow } from '../ledger/ledgerTypes.ts'
import { pnlLegsFromLedger } from './pnlLegsFromLedger.ts'

const T0 = '0x00000000000000000000000000000000000000a0' as const
const T1 = '0x00000000000000000000000000000000000000a1' as const
const FARM = '0x00000000000000000000000000000000000000f0' as const
const NPM = '0x00000000000000000000000000000000000000ee' as const
const tx = (n: number) => `0x${n.toString(16).padStart(64, '0')}` as const

function entry(
  n: number,
  kind: LedgerRow['kind'],
  positionId: string,
  legs: [LedgerLeg, number | null][],
  /** USD per whole T1 at the row's block (T0's is left unknown on block 4). */
  t1Usd: number | null = n * 2,
): LedgerEntry {
  return {
    row: {
      id: `${tx(n)}:0`,
      kind,
      blockNumber: BigInt(n),
      logIndex: 0,
      transactionHash: tx(n),
      timestamp: n * 12,
      positionId,
      pool: undefined,
      legs: legs.map(([leg]) => leg),
    },
    legsUsd: legs.map(([, usd]) => usd),
    pricesUsd: { [T0]: n === 4 ? null : 10, [T1]: t1Usd },
  }
}
const leg = (
  token: LedgerLeg['token'],
  amountWei: bigint,
  direction: LedgerLeg['direction'],
  part: LedgerLeg['part'],
) => ({
  token,
  amountWei,
  direction,
  part,
})

const entries = [
  entry(1, 'mint', 'v3:7', [
    [leg(T0, 100n, 'out', 'principal'), 10],
    [leg(T1, 200n, 'out', 'principal'), 20],
    [leg(NPM, 1n, 'in', 'position'), null],
  ]),
  entry(2, 'stake', 'v3:7', [[leg(NPM, 1n, 'out', 'position'), null]]),
  entry(3, 'mint', 'v3:8', [[leg(T0, 999n, 'out', 'principal'), 99]]),
  entry(4, 'decrease', 'v3:7', [
    [leg(T0, 40n, 'none', 'principal'), 5],
    [leg(T1, 80n, 'none', 'principal'), 8],
  ]),
  entry(5, 'collect', 'v3:7', [
    [leg(T0, 40n, 'in', 'principal'), 5],
    [leg(T0, 3n, 'in', 'fee'), 0.3],
    [leg(T1, 80n, 'in', 'principal'), 8],
  ]),
  entry(6, 'claim', 'v3:7', [[leg(FARM, 50n, 'in', 'reward'), 1.5]]),
]
const gasOf = (n: number, feeUsd: number | null): LedgerGas => ({
  transactionHash: tx(n),
  blockNumber: BigInt(n),
  timestamp: n * 12,
  feeWei: 1n,
  l1FeeWei: undefined,
  feeUsd,
  kind: 'lp',
})

describe('pnlLegsFromLedger', () => {
  it('maps only this position’s value legs to their roles, and its transactions’ gas once each', () => {
    const mapped = pnlLegsFromLedger({
      entries,
      gas: [gasOf(1, 0.5), gasOf(2, 0.1), gasOf(3, 9), gasOf(4, 0.2), gasOf(5, 0.2), gasOf(6, null)],
      positionId: 'v3:7',
      token0: T0,
      token1: T1,
    })
    expect(mapped.legs).toEqual([
      { role: 'deposit', side: 0, amountWei: 100n, value: 10 },
      { role: 'deposit', side: 1, amountWei: 200n, value: 20 },
      { role: 'withdraw', side: 0, amountWei: 40n, value: 5 },
      { role: 'withdraw', side: 1, amountWei: 80n, value: 8 },
      { role: 'fee', side: 0, amountWei: 3n, value: 0.3 },
      { role: 'reward', side: undefined, amountWei: 50n, value: 1.5 },
    ])
    expect(mapped.gas).toEqual([0.5, 0.1, 0.2, 0.2, null])
    expect(mapped.receivedByTransfer).toBe(false)
  })

  it('in token terms: each USD value over the token’s USD price at the same block; unknown price → null', () => {
    const mapped = pnlLegsFromLedger({
      entries: [...entries, entry(7, 'collect', 'v3:7', [[leg(T1, 5n, 'in', 'fee'), 0.7]], null)],
      gas: [gasOf(1, 0.5), gasOf(5, 0.2), gasOf(7, 0.1)],
      positionId: 'v3:7',
      token0: T0,
      token1: T1,
      numeraire: T1,
    })
    // T1's price at block n is 2n USD (none at block 7).
    expect(mapped.legs.map((l) => l.value)).toEqual([10 / 2, 20 / 2, 5 / 8, 8 / 8, 0.3 / 10, 1.5 / 12, null])
    expect(mapped.gas).toEqual([0.5 / 2, 0.2 / 10, null])
    // Counted in T0: its price is unknown at block 4 only.
    const inT0 = pnlLegsFromLedger({
      entries,
      gas: null,
      positionId: 'v3:7',
      token0: T0,
      token1: T1,
      numeraire: T0,
    })
    expect(inT0.legs.map((l) => l.value)).toEqual([1, 2, null, null, 0.03, 0.15])
  })

  it('flags a position that came in by a transfer; no receipts → gas unknown', () => {
    const mapped = pnlLegsFromLedger({
      entries: [entry(9, 'transfer-in', 'v3:7', [[leg(NPM, 1n, 'in', 'position'), null]]), ...entries],
      gas: null,
      positionId: 'v3:7',
      token0: T0,
      token1: T1,
    })
    expect(mapped.receivedByTransfer).toBe(true)
    expect(mapped.gas).toBe(null)
  })

  it('V2: the pair’s mints → deposits, burns → withdrawals, farm claims → rewards; LP moves no value', () => {
    const PAIR = '0x00000000000000000000000000000000000000Bb' as const
    const pairId = 'v2:0x00000000000000000000000000000000000000bb'
    const v2 = [
      entry(1, 'mint', pairId, [
        [leg(T0, 1000n, 'out', 'principal'), 100],
        [leg(T1, 500n, 'out', 'principal'), 50],
        [leg(PAIR, 70n, 'in', 'position'), null],
      ]),
      entry(2, 'stake', pairId, [[leg(PAIR, 35n, 'out', 'position'), null]]),
      entry(3, 'claim', pairId, [[leg(FARM, 9n, 'in', 'reward'), 4.5]]),
      entry(4, 'unstake', pairId, [[leg(PAIR, 35n, 'in', 'position'), null]]),
      entry(5, 'burn', pairId, [
        [leg(T0, 520n, 'in', 'principal'), 52],
        [leg(T1, 260n, 'in', 'principal'), 26],
        [leg(PAIR, 35n, 'out', 'position'), null],
      ]),
      entry(6, 'mint', 'v2:0x00000000000000000000000000000000000000cc', [
        [leg(T0, 1n, 'out', 'principal'), 1],
      ]),
    ]
    const mapped = pnlLegsFromLedger({
      entries: v2,
      gas: [gasOf(1, 0.4), gasOf(2, 0.1), gasOf(3, 0.1), gasOf(5, 0.3), gasOf(6, 7)],
      positionId: `v2:${PAIR}`,
      token0: T0,
      token1: T1,
    })
    expect(mapped.legs).toEqual([
      { role: 'deposit', side: 0, amountWei: 1000n, value: 100 },
      { role: 'deposit', side: 1, amountWei: 500n, value: 50 },
      { role: 'reward', side: undefined, amountWei: 9n, value: 4.5 },
      { role: 'withdraw', side: 0, amountWei: 520n, value: 52 },
      { role: 'withdraw', side: 1, amountWei: 260n, value: 26 },
    ])
    expect(mapped.gas).toEqual([0.4, 0.1, 0.1, 0.3])
    expect(mapped.receivedByTransfer).toBe(false)
    expect(mapped.sentByTransfer).toBe(false)
    // LP tokens that came from, or went to, another address: flagged.
    const moved = pnlLegsFromLedger({
      entries: [
        ...v2,
        entry(7, 'transfer-in', pairId, [[leg(PAIR, 5n, 'in', 'position'), null]]),
        entry(8, 'transfer-out', pairId, [[leg(PAIR, 2n, 'out', 'position'), null]]),
      ],
      gas: null,
      positionId: pairId,
      token0: T0,
      token1: T1,
    })
    expect(moved.receivedByTransfer).toBe(true)
    expect(moved.sentByTransfer).toBe(true)
  })
})
