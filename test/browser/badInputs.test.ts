import { describe, expect, inject, it } from 'vitest'
import {
  type BrowserCheck,
  catalogPool,
  catalogPosition,
  runBrowserCatalog,
} from '../badInputs/runBrowserCatalog.ts'
import { openApp } from './harness.ts'

/** Every catalogue entry typed or opened in the built app: its message shows and nothing crashes. */
describe('bad-input catalogue in Chromium', () => {
  let checks: BrowserCheck[] = []
  const consoleErrors: string[] = []

  it('runs the whole catalogue', async () => {
    const deployments = inject('browserDeployments')
    checks = await runBrowserCatalog(
      async (path) => {
        const session = await openApp({ path })
        return {
          page: session.page,
          errors: session.errors,
          close: async () => {
            consoleErrors.push(...session.errors)
            await session.close()
          },
        }
      },
      {
        v3Pool: catalogPool(deployments),
        watchAddress: deployments.demoAccount,
        v3TokenId: catalogPosition(deployments),
      },
    )
    expect(checks.filter((c) => !c.skipped).length).toBeGreaterThanOrEqual(100)
  }, 600_000)

  it('shows the expected message for every entry', () => {
    const missing = checks.filter((c) => !c.skipped && !c.messageShown)
    expect(missing.map((c) => `${c.entry.field} ${JSON.stringify(c.entry.input)} → saw "${c.seen}"`)).toEqual(
      [],
    )
  })

  it('never crashes: no uncaught error, blank page or error boundary', () => {
    expect(checks.filter((c) => c.crash).map((c) => `${c.entry.field} ${c.entry.input}: ${c.crash}`)).toEqual(
      [],
    )
    expect(consoleErrors).toEqual([])
  })
})
