import type { Locator } from 'playwright-core'

/** Every review figure by test id (review-in, review-min, review-deadline…): the text the user reads. */
export async function reviewTexts(review: Locator): Promise<Record<string, string>> {
  return review
    .locator('[data-testid^="review-"]')
    .evaluateAll((elements) =>
      Object.fromEntries(elements.map((e) => [e.getAttribute('data-testid') ?? '', e.textContent ?? ''])),
    )
}
