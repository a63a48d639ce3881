import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatBps, liquidityForBps, parseRemovePercent } from './parseRemovePercent.ts'

describe('#parseRemovePercent', () => {
  it('reads plain decimals exactly into basis points', () => {
    expect(parseRemovePercent('50')).toEqual({ ok: true, bps: 5_000 })
    expect(parseRemovePercent(' 100 ')).toEqual({ ok: true, bps: 10_000 })
    expect(parseRemovePercent('12.5')).toEqual({ ok: true, bps: 1_250 })
    expect(parseRemovePercent('0.01')).toEqual({ ok: true, bps: 1 })
    expect(parseRemovePercent('.5')).toEqual({ ok: true, bps: 50 })
    expect(parseRemovePercent('33.33')).toEqual({ ok: true, bps: 3_333 })
    expect(parseRemovePercent('7.')).toEqual({ ok: true, bps: 700 })
  })

  it('refuses what Number() would read as another share: exponent, hex, separators, signs', () => {
    // Number('1e2') === 100 and Number('0x32') === 50: these removed 100 % and 50 % before.
    for (const text of ['1e2', '0x32', '5e1', '1,5', '50%', 'Infinity', 'NaN', '+50', '5 0', '٥٠'])
      expect(parseRemovePercent(text)).toEqual({ ok: false, message: expect.stringMatching(/plain number/) })
  })

  it('gives a clear message for each range error', () => {
    expect(parseRemovePercent('')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/Enter the share/),
    })
    expect(parseRemovePercent('-5')).toMatchObject({ message: expect.stringMatching(/cannot be negative/) })
    expect(parseRemovePercent('0')).toMatchObject({ message: expect.stringMatching(/above 0 %/) })
    expect(parseRemovePercent('0.00')).toMatchObject({ message: expect.stringMatching(/above 0 %/) })
    expect(parseRemovePercent('100.01')).toMatchObject({ message: expect.stringMatching(/at most 100 %/) })
    expect(parseRemovePercent('250')).toMatchObject({ message: expect.stringMatching(/at most 100 %/) })
    expect(parseRemovePercent('12.345')).toMatchObject({
      message: expect.stringMatching(/at most 2 decimals/),
    })
  })
})

describe('#liquidityForBps', () => {
  it('floors liquidity · bps / 10000 and removes everything at 100 %', () => {
    expect(liquidityForBps(1001n, 5_000)).toBe(500n)
    expect(liquidityForBps(123_456_789n, 1)).toBe(12_345n)
    expect(liquidityForBps(123_456_789n, 10_000)).toBe(123_456_789n)
    expect(() => liquidityForBps(1n, 0)).toThrow(/0.01 % to 100 %/)
    expect(() => liquidityForBps(1n, 10_001)).toThrow(/0.01 % to 100 %/)
  })
})

describe('#formatBps', () => {
  it('writes basis points back as the typed percent', () => {
    expect(formatBps(5_000)).toBe('50')
    expect(formatBps(1_250)).toBe('12.5')
    expect(formatBps(1)).toBe('0.01')
  })
})

describe('#parseRemovePercent properties', () => {
  const junk = fc
    .array(fc.constantFrom(...'0123456789.,-+eExX _%$١'.split(''), 'NaN', 'Infinity'), { maxLength: 12 })
    .map((parts) => parts.join(''))

  it('never throws; whatever it accepts is a plain decimal whose basis points are exact and in 1..10000', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 20 }), junk), (text) => {
        const result = parseRemovePercent(text)
        if (!result.ok) {
          expect(result.message.length).toBeGreaterThan(0)
          return
        }
        const trimmed = text.trim()
        expect(trimmed).toMatch(/^(\d+(\.\d{0,2})?|\.\d{1,2})$/)
        const [whole = '', fraction = ''] = trimmed.split('.')
        expect(BigInt(result.bps)).toBe(BigInt(whole || '0') * 100n + BigInt(fraction.padEnd(2, '0')))
        expect(result.bps).toBeGreaterThanOrEqual(1)
        expect(result.bps).toBeLessThanOrEqual(10_000)
      }),
      { numRuns: 5_000 },
    )
  })

  it('accepts every share from 0.01 % to 100 % written plainly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), (bps) => {
        expect(parseRemovePercent(formatBps(bps))).toEqual({ ok: true, bps })
      }),
    )
  })
})
