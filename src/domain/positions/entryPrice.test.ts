import { describe, expect, it } from 'vitest'
import { entryPrice0In1 } from './entryPrice.ts'

describe('entryPrice0In1', () => {
  it('recovers the deposit price of the seeded staked WETH/USDC position (opened near 2,750)', () => {
    const price = entryPrice0In1({
      amount0Wei: 8507589999999999406n,
      amount1Wei: 23341311723n,
      decimals0: 18,
      decimals1: 6,
      range: { lower: 2359.05017719028, upper: 3203.4993902347164 },
    })
    // Check against the defining ratio rather than a magic number.
    const s = Math.sqrt(price as number)
    const ratio = (s - Math.sqrt(2359.05017719028)) / (1 / s - 1 / Math.sqrt(3203.4993902347164))
    expect(ratio).toBeCloseTo(23341.311723 / 8.50759, 6)
    expect(price).toBeGreaterThan(2359.05)
    expect(price).toBeLessThan(3203.5)
  })
  it('uses the bound for one-sided deposits and the amount ratio for V2', () => {
    const range = { lower: 1, upper: 2 }
    expect(entryPrice0In1({ amount0Wei: 0n, amount1Wei: 5n, decimals0: 0, decimals1: 0, range })).toBe(2)
    expect(entryPrice0In1({ amount0Wei: 5n, amount1Wei: 0n, decimals0: 0, decimals1: 0, range })).toBe(1)
    expect(
      entryPrice0In1({
        amount0Wei: 10n ** 18n,
        amount1Wei: 3000n * 10n ** 6n,
        decimals0: 18,
        decimals1: 6,
        range: null,
      }),
    ).toBe(3000)
    expect(entryPrice0In1({ amount0Wei: 0n, amount1Wei: 0n, decimals0: 0, decimals1: 0, range })).toBeNull()
  })
})
