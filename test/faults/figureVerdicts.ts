import { showsValue } from './displayedNumber.ts'

/** What one figure on screen is, compared with the oracle. */
export type Verdict = { kind: 'right' } | { kind: 'unavailable' } | { kind: 'wrong'; why: string }

/** How the oracle judges the text shown for one figure (undefined: the figure is not on the page). */
export type Judge = (shown: string) => Verdict

/** One figure a page must show: right, or explicitly marked unavailable. */
export interface Expectation {
  key: string
  judge: Judge
}

/** Figures shown now (figure key → shown text or data attribute), and what the page says about them. */
export interface ShownFigures {
  /** The block the page says its figures are from ("As of block N"), where it says it. */
  blockNumber?: bigint
  /** A page-level "unavailable" or loading state (error banner, skeleton): figures absent are marked. */
  pageUnavailable?: string
  values: Map<string, string>
}

export interface FigureCheck {
  /** Figures compared with the oracle (shown as a value, right or wrong). */
  checked: number
  /** Figures explicitly marked unavailable (or covered by the page's unavailable state). */
  unavailable: number
  /** One line per figure shown wrong, or neither shown nor marked unavailable. */
  wrong: string[]
}

/** The texts that say "this figure is not known right now" (exactly, not as part of a figure). */
const UNAVAILABLE_TEXT = new Set(['unavailable', '…', 'n/a', '—'])

/** Whether a figure's text is an explicit unavailable (or still loading) mark. */
export function isUnavailableMark(text: string): boolean {
  return UNAVAILABLE_TEXT.has(text.trim().toLowerCase())
}

const right: Verdict = { kind: 'right' }
const unavailable: Verdict = { kind: 'unavailable' }
const wrong = (why: string): Verdict => ({ kind: 'wrong', why })

/**
 * A rounded number on screen: right when it is `truth` rounded; when the truth is null (no price
 * route) the page must say `noValueText`. A "no price" where the oracle has a price is a wrong claim.
 */
export function displayedJudge(truth: number | null, noValueText = 'no price', label = String(truth)): Judge {
  return (text) => {
    if (isUnavailableMark(text)) return unavailable
    if (truth === null) return text.trim() === noValueText ? right : wrong(`shows "${text}", oracle: none`)
    return showsValue(text, truth) ? right : wrong(`shows "${text}", oracle: ${label}`)
  }
}

/** An exact figure (wei, tick, count as a string): right only when equal. */
export function exactJudge(truth: string): Judge {
  return (text) => {
    if (isUnavailableMark(text)) return unavailable
    return text === truth ? right : wrong(`shows ${text}, oracle: ${truth}`)
  }
}

/** A figure that must not be on the page at all (e.g. "not a pool" for a listed pool). */
export function neverJudge(why: string): Judge {
  return () => wrong(why)
}

/**
 * Judges every expected figure; each one must be shown right or marked unavailable. One the page
 * neither shows nor marks counts as wrong (skipping a figure is never a pass), unless the page as a
 * whole is in an unavailable state. Shown keys with no expectation are wrong too (a figure the oracle
 * does not know of, e.g. a pool that does not exist).
 * @param alternatives truths to accept, for pages that name no block: right when right against any
 */
export function judgeFigures(
  shown: ShownFigures,
  alternatives: readonly (readonly Expectation[])[],
  context = '',
): FigureCheck {
  const result: FigureCheck = { checked: 0, unavailable: 0, wrong: [] }
  const where = context ? ` ${context}` : ''
  const first = alternatives[0] ?? []
  const keys = new Set(first.map((e) => e.key))
  for (const expectation of first) {
    const text = shown.values.get(expectation.key)
    if (text === undefined) {
      if (shown.pageUnavailable) result.unavailable++
      else {
        result.checked++
        result.wrong.push(`${expectation.key}: neither shown nor marked unavailable${where}`)
      }
      continue
    }
    const verdicts = alternatives.flatMap((expectations) => {
      const judge = expectations.find((e) => e.key === expectation.key)?.judge
      return judge ? [judge(text)] : []
    })
    const verdict = verdicts.find((v) => v.kind !== 'wrong') ?? verdicts[0] ?? expectation.judge(text)
    if (verdict.kind === 'unavailable') result.unavailable++
    else {
      result.checked++
      if (verdict.kind === 'wrong') result.wrong.push(`${expectation.key}: ${verdict.why}${where}`)
    }
  }
  for (const [key, text] of shown.values)
    if (!keys.has(key)) {
      result.checked++
      result.wrong.push(`${key}: shows "${text}", a figure the oracle does not know${where}`)
    }
  return result
}
