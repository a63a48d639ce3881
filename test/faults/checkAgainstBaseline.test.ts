// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { checkAgainstBaseline } from './pageProbes.ts'

const figures = (entries: [string, string][]) => ({ values: new Map(entries) })
const baseline = figures([
  ['tvl', '$6.47M'],
  ['apr', '5.71 %'],
  ['pair', 'WETH/USDC'],
])

describe('checkAgainstBaseline', () => {
  it('counts a figure shown unmarked with another value as wrong', () => {
    const check = checkAgainstBaseline(
      figures([
        ['tvl', '$0.00'],
        ['apr', '5.71 %'],
      ]),
      baseline,
    )
    expect(check.checked).toBe(2)
    expect(check.wrong).toEqual(['tvl: shows "$0.00", healthy page showed "$6.47M"'])
  })

  it('accepts figures marked unavailable, stale or loading, and text without digits', () => {
    const check = checkAgainstBaseline(
      figures([
        ['tvl', 'unavailable'],
        ['apr', '…'],
        ['pair', 'WETH/USDC'],
      ]),
      baseline,
    )
    expect(check).toEqual({ checked: 0, wrong: [] })
  })

  it('counts a figure the healthy page did not show as wrong', () => {
    expect(checkAgainstBaseline(figures([['volume', '$12']]), baseline).wrong).toHaveLength(1)
  })
})
