import { describe, expect, it } from 'vitest'
import { devnetCatalogue } from '../../chain/catalogue/devnetCatalogue.ts'
import { withListedPools } from './withListedPools.ts'

const A = '0x00000000000000000000000000000000000000a1' as const
const B = '0x00000000000000000000000000000000000000b2' as const
const row = (kind: 'v2' | 'v3', address: `0x${string}`, available = true) => ({
  kind,
  address,
  token0: { address: A },
  token1: { address: B },
  feePips: kind === 'v3' ? 500 : 3000,
  tickSpacing: kind === 'v3' ? 10 : 1,
  available,
})

describe('#withListedPools', () => {
  it('adds the pools the list found after the known ones, once, skipping unreadable rows', () => {
    const known = devnetCatalogue.v3Pools[0]
    if (!known) throw new Error('no devnet pool')
    const result = withListedPools(devnetCatalogue, [
      row('v3', known.address),
      row('v3', '0x00000000000000000000000000000000000000c3'),
      row('v2', '0x00000000000000000000000000000000000000d4'),
      row('v3', '0x00000000000000000000000000000000000000e5', false),
    ])
    expect(result.v3Pools).toEqual([
      ...devnetCatalogue.v3Pools,
      {
        address: '0x00000000000000000000000000000000000000c3',
        token0: A,
        token1: B,
        fee: 500,
        tickSpacing: 10,
      },
    ])
    expect(result.v2Pairs).toEqual([
      ...devnetCatalogue.v2Pairs,
      { address: '0x00000000000000000000000000000000000000d4', token0: A, token1: B },
    ])
  })

  it('leaves the catalogue as it is without rows or when every row is known (the devnet)', () => {
    expect(withListedPools(devnetCatalogue, undefined)).toBe(devnetCatalogue)
    const rows = devnetCatalogue.v3Pools.map((p) => row('v3', p.address))
    expect(withListedPools(devnetCatalogue, rows)).toBe(devnetCatalogue)
  })
})
