import { describe, expect, it } from 'vitest'
import { realizedVolatility } from './realizedVolatility.ts'

const YEAR = 31_536_000

describe('#realizedVolatility', () => {
  it('sums squared log returns over the elapsed time, annualised', () => {
    // Returns +0.1 and −0.1 over one year: σ² = 0.02 → σ = 0.141421.
    const sigma = realizedVolatility([
      { timestamp: 0, price: 1 },
      { timestamp: YEAR / 2, price: Math.exp(0.1) },
      { timestamp: YEAR, price: 1 },
    ])
    expect(sigma).toBeCloseTo(Math.sqrt(0.02), 12)
  })

  it('scales with time: the same moves in one day are √365 times as volatile', () => {
    const sigma = realizedVolatility([
      { timestamp: 0, price: 2 },
      { timestamp: 43_200, price: 2 * Math.exp(0.1) },
      { timestamp: 86_400, price: 2 },
    ])
    expect(sigma).toBeCloseTo(Math.sqrt(0.02 * 365), 10)
  })

  it('returns null with too few prices, no elapsed time or a bad price', () => {
    expect(
      realizedVolatility([
        { timestamp: 0, price: 1 },
        { timestamp: 1, price: 2 },
      ]),
    ).toBeNull()
    expect(realizedVolatility([0, 0, 0].map((timestamp) => ({ timestamp, price: 1 })))).toBeNull()
    expect(
      realizedVolatility([
        { timestamp: 0, price: 1 },
        { timestamp: 1, price: 0 },
        { timestamp: 2, price: 1 },
      ]),
    ).toBeNull()
  })
})
