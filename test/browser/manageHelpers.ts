import type { Locator } from 'playwright-core'

/**
 * Every review figure by test id (review-in, review-min, review-deadline…): the exact value behind it
 * (`data-exact`: every wei, the raw L) where the page rounds it for reading, else the text the user reads.
 */
export async function reviewTexts(review: Locator): Promise<Record<string, string>> {
  return review
    .locator('[data-testid^="review-"]')
    .evaluateAll((elements) =>
      Object.fromEntries(
        elements.map((e) => [
          e.getAttribute('data-testid') ?? '',
          e.getAttribute('data-exact') ?? e.textContent ?? '',
        ]),
      ),
    )
}
