import { describe, expect, it } from 'vitest'
import { usdSignTone, withMinusSign } from './minusSign.ts'

describe('#withMinusSign', () => {
  it('turns the hyphen into U+2212 and drops the sign of zero', () => {
    expect(withMinusSign('-$8.10')).toBe('−$8.10')
    expect(withMinusSign('-2.97K')).toBe('−2.97K')
    expect(withMinusSign('-0')).toBe('0')
    expect(withMinusSign('-$0.00')).toBe('$0.00')
    expect(withMinusSign('$1.00')).toBe('$1.00')
  })
})

describe('#usdSignTone', () => {
  it('colors by what is shown: a value that shows as $0.00 is never red', () => {
    expect(usdSignTone(-0.0004)).toBe('zero')
    expect(usdSignTone(-0)).toBe('zero')
    expect(usdSignTone(Number.NaN)).toBe('zero')
    expect(usdSignTone(-0.004)).toBe('negative')
    expect(usdSignTone(0.2)).toBe('positive')
  })
})
