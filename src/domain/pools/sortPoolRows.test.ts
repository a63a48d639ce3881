import { describe, expect, it } from 'vitest'
import type { PoolRow } from './poolsListTypes.ts'
import { sortPoolRows } from './sortPoolRows.ts'

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
