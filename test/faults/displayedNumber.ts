/** The closed interval of true values a rounded figure on screen stands for. */
export interface DisplayedInterval {
  low: number
  high: number
}

const SUFFIX: Record<string, number> = { k: 1e3, K: 1e3, M: 1e6, B: 1e9, T: 1e12 }

/**
 * Reads a displayed number ("$6.47M", "5.71%", "2,965.51", "1.23e-7", "0.0₄167", "<$0.01", "−0.98%") as the
 * interval its rounding allows: ± half a unit of its last shown digit (a figure whose formatter drops
 * trailing zeros is read with the looser, apparent precision). Bounds such as "<$0.01" stand for
 * [0, 0.01]. Percentages stay in percent (5.71% → 5.71).
 * @returns the interval, or null when the text is not a number
 * @example displayedInterval('$6.47M') // { low: 6_465_000, high: 6_475_000 }
 */
export function displayedInterval(text: string): DisplayedInterval | null {
  let rest = text.replace(/[\s\u00a0\u202f,$%]/g, '')
  let bound: '<' | '>' | null = null
  if (rest.startsWith('<') || rest.startsWith('>')) {
    bound = rest[0] as '<' | '>'
    rest = rest.slice(1)
  }
  let sign = 1
  if (rest.startsWith('−') || rest.startsWith('-')) {
    sign = -1
    rest = rest.slice(1)
  }
  rest = expandZeroCount(rest)
  const match = /^(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?([kKMBT])?$/.exec(rest)
  if (!match) return null
  const [, integer = '', fraction = '', exponent, suffix] = match
  const scale = (suffix ? (SUFFIX[suffix] ?? 1) : 1) * 10 ** Number(exponent ?? 0)
  const value = sign * Number(`${integer}.${fraction || '0'}`) * scale
  if (bound === '<') return sign > 0 ? { low: 0, high: value } : { low: value, high: 0 }
  if (bound === '>')
    return sign < 0 ? { low: value, high: 0 } : { low: value, high: Number.POSITIVE_INFINITY }
  const half = 0.5 * 10 ** -fraction.length * scale
  return { low: value - half, high: value + half }
}

/** "0.0₄167" (the subscript counts the zeros after the point) → "0.0000167". */
export function expandZeroCount(text: string): string {
  return text.replace(/^0\.0([₀-₉]+)/, (_, count: string) => {
    const zeros = Number([...count].map((digit) => digit.charCodeAt(0) - 0x2080).join(''))
    return `0.${'0'.repeat(zeros)}`
  })
}

/**
 * Whether `text` is `truth` rounded: truth lies in the displayed interval, widened by a relative 1e-9 so
 * that two float computations of one exact quantity agree on a rounding boundary.
 */
export function showsValue(text: string, truth: number): boolean {
  const interval = displayedInterval(text)
  if (!interval || !Number.isFinite(truth)) return false
  const slack = Math.abs(truth) * 1e-9
  return truth >= interval.low - slack && truth <= interval.high + slack
}
