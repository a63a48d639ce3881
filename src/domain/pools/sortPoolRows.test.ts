import { describe, expect, it } from 'vitest'
import type { PoolRow } from './poolsListTypes.ts'
import { comparePoolRows, poolSortValue, sortPoolRows, sortPoolRowsFlat } from './sortPoolRows.ts'

const token = (symbol: string, address: `0x${string}`) => ({ address, symbol, name: symbol, decimals: 18 })
const WETH = token('WETH', '0x0000000000000000000000000000000000000001')
const USDC = token('USDC', '0x0000000000000000000000000000000000000002')
const DAI = token('DAI', '0x0000000000000000000000000000000000000003')

function row(
  partial: Partial<PoolRow> & Pick<PoolRow, 'address' | 'kind' | 'feePips'>,
  pair: 'weth-usdc' | 'dai-usdc',
): PoolRow {
  const [token0, token1] = pair === 'weth-usdc' ? [WETH, USDC] : [DAI, USDC]
  return {
    token0,
    token1,
    pairKey: pair,
    tickSpacing: 60,
    available: true,
    sqrtPriceX96: null,
    tick: null,
    price: 1,
    tvlUsd: null,
    tvlWei: null,
    activeLiquidity: null,
    activeLiquidityUsd: null,
    volumeUsd24h: null,
    volumeUsd7d: null,
    volumeIn24hWei: null,
    volumeIn7dWei: null,
    feesUsd24h: null,
    feesUsd7d: null,
    feeApr: null,
    swapCount7d: 0,
    farm: null,
    ...partial,
  }
}

const rows: PoolRow[] = [
  row(
    { address: '0x00000000000000000000000000000000000000a1', kind: 'v2', feePips: 3000, tvlUsd: 50 },
    'weth-usdc',
  ),
  row(
    { address: '0x00000000000000000000000000000000000000a2', kind: 'v3', feePips: 3000, tvlUsd: 10 },
    'weth-usdc',
  ),
  row(
    { address: '0x00000000000000000000000000000000000000a3', kind: 'v3', feePips: 500, tvlUsd: 20 },
    'weth-usdc',
  ),
  row(
    { address: '0x00000000000000000000000000000000000000b1', kind: 'v3', feePips: 100, tvlUsd: 30 },
    'dai-usdc',
  ),
  row(
    { address: '0x00000000000000000000000000000000000000b2', kind: 'v2', feePips: 3000, tvlUsd: null },
    'dai-usdc',
  ),
]

describe('#sortPoolRows', () => {
  it('keeps a pair together: V3 tiers ascending, then V2', () => {
    const [weth] = sortPoolRows(rows, 'tvlUsd', 'desc')
    expect(weth?.label).toBe('WETH/USDC')
    expect(weth?.rows.map((r) => `${r.kind}:${r.feePips}`)).toEqual(['v3:500', 'v3:3000', 'v2:3000'])
  })

  it('orders groups by their best value in the direction asked', () => {
    expect(sortPoolRows(rows, 'tvlUsd', 'desc').map((g) => g.label)).toEqual(['WETH/USDC', 'DAI/USDC'])
    // Ascending takes each group's smallest known value: 10 (WETH/USDC) < 30 (DAI/USDC).
    expect(sortPoolRows(rows, 'tvlUsd', 'asc').map((g) => g.label)).toEqual(['WETH/USDC', 'DAI/USDC'])
    expect(sortPoolRows(rows, 'pair', 'asc').map((g) => g.label)).toEqual(['DAI/USDC', 'WETH/USDC'])
  })

  it('puts groups with only unknown values last in both directions', () => {
    const withApr = rows.map((r) => (r.pairKey === 'dai-usdc' ? { ...r, feeApr: 0.02 } : r))
    expect(sortPoolRows(withApr, 'feeApr', 'asc').map((g) => g.label)).toEqual(['DAI/USDC', 'WETH/USDC'])
    expect(sortPoolRows(withApr, 'feeApr', 'desc').map((g) => g.label)).toEqual(['DAI/USDC', 'WETH/USDC'])
  })
})

describe('#sortPoolRowsFlat', () => {
  // The case: grouped by pair, "Fee APR ▼" put a 0.37 % pool above an 8.01 % one.
  const aprRows: PoolRow[] = [
    row(
      { address: '0x00000000000000000000000000000000000000c1', kind: 'v3', feePips: 500, feeApr: 0.0037 },
      'weth-usdc',
    ),
    row(
      { address: '0x00000000000000000000000000000000000000c2', kind: 'v3', feePips: 3000, feeApr: null },
      'weth-usdc',
    ),
    row(
      { address: '0x00000000000000000000000000000000000000c3', kind: 'v2', feePips: 3000, feeApr: 0.12 },
      'weth-usdc',
    ),
    row(
      { address: '0x00000000000000000000000000000000000000d1', kind: 'v3', feePips: 100, feeApr: 0.0801 },
      'dai-usdc',
    ),
    row(
      { address: '0x00000000000000000000000000000000000000d2', kind: 'v2', feePips: 3000, feeApr: 0 },
      'dai-usdc',
    ),
  ]
  const order = (list: readonly PoolRow[]) => list.map((r) => r.address.slice(-2))

  it('orders every pool by the figure, across pairs', () => {
    expect(order(sortPoolRowsFlat(aprRows, 'feeApr', 'desc'))).toEqual(['c3', 'd1', 'c1', 'd2', 'c2'])
    expect(order(sortPoolRowsFlat(aprRows, 'feeApr', 'asc'))).toEqual(['d2', 'c1', 'd1', 'c3', 'c2'])
    // Grouped, the same sort keeps WETH/USDC's 0.37 % pool above DAI/USDC's 8.01 % one.
    const grouped = sortPoolRows(aprRows, 'feeApr', 'desc').flatMap((group) => group.rows)
    expect(order(grouped).indexOf('c1')).toBeLessThan(order(grouped).indexOf('d1'))
  })

  it('puts unknown values last in both directions', () => {
    const tvl = sortPoolRowsFlat(rows, 'tvlUsd', 'asc')
    expect(tvl.map((r) => r.tvlUsd)).toEqual([10, 20, 30, 50, null])
    expect(sortPoolRowsFlat(rows, 'tvlUsd', 'desc').map((r) => r.tvlUsd)).toEqual([50, 30, 20, 10, null])
  })

  it('keeps tied rows in their input order, in both directions', () => {
    const tied = aprRows.map((r) => ({ ...r, feeApr: r.address.endsWith('c2') ? null : 0.05 }))
    expect(order(sortPoolRowsFlat(tied, 'feeApr', 'desc'))).toEqual(['c1', 'c3', 'd1', 'd2', 'c2'])
    expect(order(sortPoolRowsFlat(tied, 'feeApr', 'asc'))).toEqual(['c1', 'c3', 'd1', 'd2', 'c2'])
    expect(order(sortPoolRowsFlat([...tied].reverse(), 'feeApr', 'asc'))).toEqual([
      'd2',
      'd1',
      'c3',
      'c1',
      'c2',
    ])
  })

  it('sorts the pair column by name, fee tiers ascending within a pair', () => {
    expect(order(sortPoolRowsFlat(aprRows, 'pair', 'asc'))).toEqual(['d1', 'd2', 'c1', 'c2', 'c3'])
    expect(order(sortPoolRowsFlat(aprRows, 'pair', 'desc'))).toEqual(['c1', 'c2', 'c3', 'd1', 'd2'])
  })

  it('sorts the farm column on a running farm’s reward APR; no farm or an ended one is unknown', () => {
    const farm = (active: boolean, rewardApr: number) =>
      ({ active, rewardApr }) as unknown as NonNullable<PoolRow['farm']>
    const farmed = [
      row(
        {
          address: '0x00000000000000000000000000000000000000e1',
          kind: 'v2',
          feePips: 3000,
          farm: farm(false, 9),
        },
        'weth-usdc',
      ),
      row(
        {
          address: '0x00000000000000000000000000000000000000e2',
          kind: 'v3',
          feePips: 3000,
          farm: farm(true, 0.15),
        },
        'weth-usdc',
      ),
      row({ address: '0x00000000000000000000000000000000000000e3', kind: 'v3', feePips: 500 }, 'weth-usdc'),
      row(
        {
          address: '0x00000000000000000000000000000000000000e4',
          kind: 'v3',
          feePips: 100,
          farm: farm(true, 0.4),
        },
        'dai-usdc',
      ),
    ]
    expect(farmed.map((r) => poolSortValue(r, 'rewardApr'))).toEqual([null, 0.15, null, 0.4])
    expect(order(sortPoolRowsFlat(farmed, 'rewardApr', 'desc'))).toEqual(['e4', 'e2', 'e1', 'e3'])
    expect(order(sortPoolRowsFlat(farmed, 'rewardApr', 'asc'))).toEqual(['e2', 'e4', 'e1', 'e3'])
  })

  it('compares numbers, not their text ("9" after "10" as text)', () => {
    const [a, b] = [9, 10].map((tvlUsd, i) =>
      row(
        { address: `0x00000000000000000000000000000000000000f${i}`, kind: 'v3', feePips: 500, tvlUsd },
        'weth-usdc',
      ),
    ) as [PoolRow, PoolRow]
    expect(comparePoolRows(a, b, 'tvlUsd', 'asc')).toBeLessThan(0)
    expect(comparePoolRows(a, b, 'tvlUsd', 'desc')).toBeGreaterThan(0)
    expect(comparePoolRows(a, a, 'tvlUsd', 'desc')).toBe(0)
  })
})
