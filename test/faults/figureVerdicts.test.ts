// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { displayedJudge, exactJudge, judgeFigures, type ShownFigures } from './figureVerdicts.ts'

const shown = (entries: [string, string][], extra: Partial<ShownFigures> = {}): ShownFigures => ({
  values: new Map(entries),
  ...extra,
})
// Worked by hand: a pool holding 2,000 WETH at $3,000 and 6,000,000 USDC has a TVL of $12,000,000.
const expectations = [
  { key: 'tvl', judge: displayedJudge(2_000 * 3_000 + 6_000_000) },
  { key: 'tvl:exact', judge: exactJudge('2000000000000000000000,6000000000000') },
  { key: 'fee-apr', judge: displayedJudge(null) },
]

describe('judgeFigures', () => {
  it('passes figures equal to the oracle, rounded as displayed', () => {
    const check = judgeFigures(
      shown([
        ['tvl', '$12M'],
        ['tvl:exact', '2000000000000000000000,6000000000000'],
        ['fee-apr', 'no price'],
      ]),
      [expectations],
    )
    expect(check).toEqual({ checked: 3, unavailable: 0, wrong: [] })
  })

  it('counts a wrong figure, one off by a wei, and "no price" where the oracle has a price', () => {
    const check = judgeFigures(
      shown([
        ['tvl', '$0.00'],
        ['tvl:exact', '2000000000000000000001,6000000000000'],
        ['fee-apr', '5.71%'],
      ]),
      [expectations],
    )
    expect(check.checked).toBe(3)
    expect(check.wrong).toHaveLength(3)
    const priced = judgeFigures(shown([['x', 'no price']]), [[{ key: 'x', judge: displayedJudge(12) }]])
    expect(priced.wrong).toEqual(['x: shows "no price", oracle: 12'])
  })

  it('accepts explicit unavailable marks but never a figure that is simply missing', () => {
    const marked = judgeFigures(
      shown([
        ['tvl', 'unavailable'],
        ['tvl:exact', '…'],
        ['fee-apr', 'n/a'],
      ]),
      [expectations],
    )
    expect(marked).toEqual({ checked: 0, unavailable: 3, wrong: [] })
    const missing = judgeFigures(shown([['tvl', '$12M']]), [expectations])
    expect(missing.wrong).toEqual([
      'tvl:exact: neither shown nor marked unavailable',
      'fee-apr: neither shown nor marked unavailable',
    ])
  })

  it('lets a page-level unavailable state cover missing figures, not wrong shown ones', () => {
    const check = judgeFigures(shown([['tvl', '$11M']], { pageUnavailable: 'pools-unavailable' }), [
      expectations,
    ])
    expect(check.unavailable).toBe(2)
    expect(check.wrong).toHaveLength(1)
  })

  it('counts a shown figure the oracle does not know as wrong', () => {
    const check = judgeFigures(shown([['ghost|tvl', '$5']]), [[]])
    expect(check.wrong).toEqual(['ghost|tvl: shows "$5", a figure the oracle does not know'])
  })

  it('accepts a figure right against any of several truths (a page that names no block)', () => {
    const at = (tick: string) => [{ key: 'tick', judge: exactJudge(tick) }]
    expect(judgeFigures(shown([['tick', '-200']]), [at('-199'), at('-200')]).wrong).toEqual([])
    expect(judgeFigures(shown([['tick', '-201']]), [at('-199'), at('-200')]).wrong).toHaveLength(1)
  })
})
