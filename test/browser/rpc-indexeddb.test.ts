import { describe, expect, inject, it } from 'vitest'
import { openApp } from './harness.ts'

/** Private-mode-like IndexedDB: present, but every open throws (as Firefox private windows and blocked storage do). */
function blockIndexedDb() {
  const open = () => {
    throw new DOMException('The operation is insecure.', 'SecurityError')
  }
  Object.defineProperty(IDBFactory.prototype, 'open', { value: open, configurable: true })
}

describe('IndexedDB unavailable (open throws)', () => {
  it('positions still load, from a cache in memory, with a one-line notice', async () => {
    const session = await openApp({
      path: `/?watch=${inject('browserDeployments').demoAccount}`,
      initScript: { fn: blockIndexedDb, arg: null },
    })
    try {
      const { page } = session
      await page
        .locator('[data-testid="position-card"][data-status="ok"]')
        .first()
        .waitFor({ timeout: 60_000 })
      const notice = page.getByTestId('memory-cache-notice')
      await notice.waitFor({ timeout: 30_000 })
      expect(await notice.textContent()).toMatch(/blocks IndexedDB .*cached in memory for this visit only/)
      expect(await notice.getAttribute('title')).toBe('SecurityError: The operation is insecure.')
      expect(await page.locator('[data-testid="position-card"][data-status="ok"]').count()).toBeGreaterThan(1)
      expect(await page.getByText('No liquidity positions for this account').count()).toBe(0)
      expect(session.errors).toEqual([])
    } finally {
      await session.close()
    }
  }, 90_000)
})
