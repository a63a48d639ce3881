import { describe, expect, it } from 'vitest'
import { devnetCatalogue } from '../../chain/catalogue/devnetCatalogue.ts'
import { withListedPools } from './withListedPools.ts'

const A = '0x00000000000000000000000000000000000000a1' as const
const B = '0x00000000000000000000000000000000000000b2' as const
const v3 = (address: `0x${string}`) => ({ address, token0: A, token1: B, fee: 500, tickSpacing: 10 })
const v2 = (address: `0x${string}`) => ({ address, token0: A, token1: B })

describe('#withListedPools', () => {
  it('adds the pools the list found after the known ones, once', () => {
    const known = devnetCatalogue.v3Pools[0]
    if (!known) throw new Error('no devnet pool')
    const fresh = v3('0x00000000000000000000000000000000000000c3')
    const pair = v2('0x00000000000000000000000000000000000000d4')
    const result = withListedPools(devnetCatalogue, { v3Pools: [known, fresh], v2Pairs: [pair] })
    expect(result.v3Pools).toEqual([...devnetCatalogue.v3Pools, fresh])
    expect(result.v2Pairs).toEqual([...devnetCatalogue.v2Pairs, pair])
  })

  it('leaves the catalogue as it is without a list or when every pool is known (the devnet)', () => {
    expect(withListedPools(devnetCatalogue, undefined)).toBe(devnetCatalogue)
    expect(withListedPools(devnetCatalogue, devnetCatalogue)).toBe(devnetCatalogue)
  })
})
