import type { Page } from 'playwright-core'

/** A figure with seven or more decimals: the false precision the display rule removes. */
export const LONG_DECIMAL_TAIL = /\d\.\d{7,}/

/**
 * Every text the page shows inside <main> (text nodes, not attributes: data-exact and titles hold every
 * digit on purpose) that has a decimal tail of seven or more digits.
 */
export async function longDecimalTails(page: Page): Promise<string[]> {
  return page.evaluate((source) => {
    const pattern = new RegExp(source)
    const main = document.querySelector('main') ?? document.body
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT)
    const found: string[] = []
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? ''
      if (pattern.test(text)) found.push(text.trim())
    }
    return found
  }, LONG_DECIMAL_TAIL.source)
}

/**
 * A number as the page shows it ("2,966", "0.0₃3372": the subscript counts the zeros after the point) as
 * a float, for tests that check a rounded figure against the chain within its rounding.
 */
export function parseShownNumber(text: string): number {
  const plain = text.trim().replace(/,/g, '').replace('−', '-')
  const expanded = plain.replace(/^(-?)0\.0([₀-₉]+)/, (_, sign: string, count: string) => {
    const zeros = Number([...count].map((digit) => digit.charCodeAt(0) - 0x2080).join(''))
    return `${sign}0.${'0'.repeat(zeros)}`
  })
  return Number(expanded)
}
