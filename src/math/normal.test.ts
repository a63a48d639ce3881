import { describe, expect, it } from 'vitest'
import { erf, erfc, normalCdf } from './normal.ts'

describe('#normalCdf / #erf', () => {
  it.each([
    [0, 0.5],
    [1, 0.8413447460685429],
    [-1, 0.158655253931457],
    [1.959963984540054, 0.975],
    [-3, 0.0013498980316300946],
    [3.5, 0.9997673709209645],
    [-6, 9.86587645037698e-10],
    [-10, 7.619853024160527e-24],
  ])('Phi(%f) = %f', (z, expected) => {
    expect(Math.abs(normalCdf(z) - expected)).toBeLessThan(Math.max(1e-15, expected * 1e-12))
  })
  it('erf and erfc values', () => {
    expect(erf(0.5)).toBeCloseTo(0.5204998778130465, 15)
    expect(erf(2.5)).toBeCloseTo(0.999593047982555, 15)
    expect(erf(-1)).toBeCloseTo(-0.8427007929497149, 15)
    expect(erfc(3)).toBeCloseTo(2.209049699858544e-5, 18)
    expect(Number.isNaN(erf(Number.NaN))).toBe(true)
  })
  it('is continuous across the series / continued-fraction switch', () => {
    const x = 2 * Math.SQRT2
    expect(Math.abs(normalCdf(-x + 1e-12) - normalCdf(-x - 1e-12))).toBeLessThan(1e-13)
  })
})
