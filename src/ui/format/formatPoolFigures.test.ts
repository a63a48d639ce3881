import { describe, expect, it } from 'vitest'
import { formatPoolFigures } from './formatPoolFigures.ts'

const row = {
  available: true,
  price: 2965.505869321946,
  tvlUsd: 1_534_000,
  volumeUsd24h: 48_571.631,
  feeApr: 0.0576,
  farm: { active: true, rewardApr: 0.296 },
}

describe('#formatPoolFigures', () => {
  it('formats every pool figure one way: compact USD, two-decimal percent, 4-digit price', () => {
    expect(formatPoolFigures(row)).toEqual({
      price: '2,966',
      tvl: '$1.53M',
      volume24h: '$48.57K',
      'fee-apr': '5.76%',
      'reward-apr': '29.60%',
    })
  })
  it('says why a figure is unknown instead of showing a number', () => {
    expect(formatPoolFigures({ ...row, farm: null })['reward-apr']).toBe('no farm')
    expect(formatPoolFigures({ ...row, farm: { active: false, rewardApr: 1 } })['reward-apr']).toBe('ended')
    expect(formatPoolFigures({ ...row, farm: { active: true, rewardApr: null } })['reward-apr']).toBe(
      'no price',
    )
    expect(formatPoolFigures({ ...row, tvlUsd: null, feeApr: null })).toMatchObject({
      tvl: 'no price',
      'fee-apr': 'no price',
    })
    expect(Object.values(formatPoolFigures({ ...row, available: false }))).toEqual(
      Array(5).fill('unavailable'),
    )
  })
})
