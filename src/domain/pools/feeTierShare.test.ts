import { describe, expect, it } from 'vitest'
import { feeTierShares } from './feeTierShare.ts'

describe('#feeTierShares', () => {
  it('each tier over the pair total (hand-computed), summing to 1', () => {
    const shares = feeTierShares([
      { address: '0xA', tvlUsd: 6_000_000, volumeUsd24h: 300_000 },
      { address: '0xB', tvlUsd: 3_000_000, volumeUsd24h: 100_000 },
      { address: '0xC', tvlUsd: 1_000_000, volumeUsd24h: 0 },
    ])
    expect(shares.get('0xa')).toEqual({
      tvl: { share: 0.6, partial: false },
      volume24h: { share: 0.75, partial: false },
    })
    expect(shares.get('0xc')?.volume24h).toEqual({ share: 0, partial: false })
    const sum = [...shares.values()].reduce((total, s) => total + (s.tvl.share ?? 0), 0)
    expect(sum).toBeCloseTo(1, 12)
  })
  it('unknown figures: that tier unavailable, the others partial', () => {
    const shares = feeTierShares([
      { address: 'a', tvlUsd: 30, volumeUsd24h: 5 },
      { address: 'b', tvlUsd: null, volumeUsd24h: 5 },
    ])
    expect(shares.get('a')?.tvl).toEqual({ share: 1, partial: true })
    expect(shares.get('b')?.tvl).toEqual({ share: null, partial: true })
    expect(shares.get('b')?.volume24h).toEqual({ share: 0.5, partial: false })
  })
  it('a pair with no volume has no volume share', () => {
    expect(feeTierShares([{ address: 'a', tvlUsd: 1, volumeUsd24h: 0 }]).get('a')?.volume24h.share).toBeNull()
  })
})
