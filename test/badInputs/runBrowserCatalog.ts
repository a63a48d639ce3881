import type { Locator, Page } from 'playwright-core'
import type { Deployments } from '../../src/domain/catalogue/types.ts'
import { BAD_INPUTS, type BadInput, type BadInputField } from './catalog.ts'

/**
 * A page of the built app and a live list of what went wrong on it: uncaught errors start with
 * "pageerror:" (as harness.ts records them), console errors with "console.error:".
 */
export type CatalogPage = { page: Page; errors: string[] }

/** The outcome of one catalogue entry typed or opened in the real app. */
export type BrowserCheck = {
  entry: BadInput
  /** The expected message was visible. */
  messageShown: boolean
  /** Uncaught error, blank page or error boundary seen after this entry. */
  crash: string | undefined
  /** Why the entry is not driven in the page (the field shows no message by design). */
  skipped: string | undefined
  /** The text found where the message belongs (on failure). */
  seen: string
}

type Context = { v3Pool: string; watchAddress: string; v3TokenId: number }

/** How one field is driven in the page: where it lives, how a value is entered, where its message shows. */
type Driver = {
  path: (context: Context) => string
  /** Steps after the page loads (choose a pool, open a panel…). */
  prepare?: (page: Page) => Promise<void>
  enter: (page: Page, input: string) => Promise<void>
  /** Where the message appears. */
  scope: (page: Page) => Locator
  /** A valid value that clears the message, so the next entry's message is fresh. */
  reset?: (page: Page) => Promise<void>
  /** Submit-style forms keep their message until the next submit: reload between entries. */
  reloadEach?: boolean
  skip?: (input: string) => string | undefined
}

const fieldScope = (testId: string) => (page: Page) => page.getByTestId(testId).locator('xpath=..')
const fill = (testId: string) => (page: Page, input: string) => page.getByTestId(testId).fill(input)
const fillTwo = (lowerId: string, upperId: string, applyId?: string) => async (page: Page, input: string) => {
  const [lower = '', upper = ''] = input.split('|')
  await page.getByTestId(lowerId).fill(lower)
  await page.getByTestId(upperId).fill(upper)
  if (applyId) await page.getByTestId(applyId).click()
}
const fillAndSubmit = (testId: string, submitId: string) => async (page: Page, input: string) => {
  await page.getByTestId(testId).fill(input)
  await page.getByTestId(submitId).click()
}
const addPath = ({ v3Pool, watchAddress }: Context) => `/add?pool=${v3Pool}&watch=${watchAddress}`
const emptyShowsNothing = (input: string) =>
  input === '' ? 'an untouched empty field shows no error until something is typed' : undefined
const simField = (testId: string, valid: string, path = '/simulator'): Driver => ({
  path: () => path,
  enter: fill(testId),
  scope: fieldScope(testId),
  reset: (page) => page.getByTestId(testId).fill(valid),
})
/** Types a valid amount so the review (slippage, deadline) appears. */
const openReview = async (page: Page) => {
  await page.getByLabel('USDC amount').fill('10')
  await page.getByTestId('slippage-input').waitFor({ timeout: 30_000 })
}

/** The watched demo account's in-range V3 position page (a watcher can open an action's inputs and preview). */
const positionPath = ({ watchAddress, v3TokenId }: Context) =>
  `/positions/31337/${v3TokenId}?watch=${watchAddress}`
/** Opens one action's inputs on the position page. */
const openAction = (action: string, field: string) => async (page: Page) => {
  await page.getByTestId(action).click({ timeout: 30_000 })
  await page.getByTestId(field).waitFor({ timeout: 30_000 })
}
/** The increase panel's preview: where the increase amount's message shows. */
const increasePreview = (page: Page) => page.getByTestId('increase-preview')

const DRIVERS: Record<BadInputField, Driver> = {
  'add.amount': {
    path: addPath,
    prepare: (page) => page.getByLabel('USDC amount').waitFor(),
    enter: (page, input) => page.getByLabel('USDC amount').fill(input),
    scope: (page) => page.getByTestId('amount-error'),
    reset: (page) => page.getByLabel('USDC amount').fill(''),
    skip: emptyShowsNothing,
  },
  'add.rangeTicks': {
    path: addPath,
    prepare: (page) => page.getByTestId('range-summary').waitFor({ timeout: 30_000 }),
    enter: fillTwo('tick-lower', 'tick-upper'),
    scope: (page) => page.getByTestId('range-error'),
    reset: (page) => fillTwo('tick-lower', 'tick-upper')(page, '-600|600'),
  },
  'add.rangePrices': {
    path: addPath,
    prepare: (page) => page.getByTestId('range-summary').waitFor({ timeout: 30_000 }),
    enter: fillTwo('range-min-price', 'range-max-price', 'range-apply-prices'),
    scope: (page) => page.getByTestId('range-price-error'),
    reset: (page) => fillTwo('range-min-price', 'range-max-price', 'range-apply-prices')(page, '1000|3000'),
  },
  'add.startingPrice': {
    path: addPath,
    prepare: async (page) => {
      await page.getByTestId('create-tier-10000').click()
      await page.getByTestId('create-price').waitFor({ timeout: 30_000 })
    },
    enter: fill('create-price'),
    scope: fieldScope('create-price'),
    reset: (page) => page.getByTestId('create-price').fill('2000'),
    skip: emptyShowsNothing,
  },
  'add.slippage': {
    path: addPath,
    prepare: openReview,
    enter: fill('slippage-input'),
    scope: fieldScope('slippage-input'),
    reset: (page) => page.getByTestId('slippage-input').fill('0.5'),
  },
  'add.deadline': {
    path: addPath,
    prepare: openReview,
    enter: fill('deadline-input'),
    scope: fieldScope('deadline-input'),
    reset: (page) => page.getByTestId('deadline-input').fill('20'),
  },
  'add.tokenAddress': {
    path: () => '/add',
    enter: fill('token-address-input'),
    scope: fieldScope('token-address-input'),
    reset: (page) => page.getByTestId('token-address-input').fill(''),
  },
  'manage.removePercent': {
    path: positionPath,
    prepare: openAction('action-remove', 'remove-percent'),
    enter: fill('remove-percent'),
    scope: fieldScope('remove-percent'),
    reset: (page) => page.getByTestId('remove-percent').fill('50'),
  },
  'manage.increaseAmount': {
    path: positionPath,
    prepare: openAction('action-increase', 'increase-amount'),
    enter: fill('increase-amount'),
    scope: increasePreview,
    reset: (page) => page.getByTestId('increase-amount').fill('0.01'),
  },
  'sim.deposit': simField('sim-amount', '10000'),
  'sim.volatility': simField('sim-vol', '60'),
  'sim.horizon': simField('sim-horizon', '30'),
  'sim.rangePct': simField('sim-lower', '-10', '/simulator?preset=pct&lower=-10&upper=10'),
  'sim.rangePrice': {
    path: () => '/simulator?preset=price&lower=1000&upper=3000',
    prepare: (page) => page.getByTestId('sim-range-min-price').waitFor({ timeout: 60_000 }),
    enter: fillTwo('sim-range-min-price', 'sim-range-max-price'),
    scope: (page) => page.getByTestId('sim-range-price-error'),
    reset: (page) => fillTwo('sim-range-min-price', 'sim-range-max-price')(page, '1000|3000'),
  },
  'sim.poolAddress': {
    path: () => '/simulator',
    enter: fillAndSubmit('sim-pool-address', 'sim-pool-address-submit'),
    scope: fieldScope('sim-pool-address'),
    reloadEach: true,
  },
  'settings.rpcUrl': {
    path: () => '/settings',
    enter: fillAndSubmit('rpc-url-input-31337', 'rpc-url-save-31337'),
    scope: fieldScope('rpc-url-input-31337'),
    reloadEach: true,
  },
  'wallet.watchAddress': {
    path: () => '/',
    enter: fillAndSubmit('watch-address-input', 'watch-address-submit'),
    scope: fieldScope('watch-address-input'),
    reloadEach: true,
  },
  'url.simulator': { path: () => '/', enter: gotoUrl, scope: (page) => page.getByTestId('sim-url-notice') },
  'url.watch': { path: () => '/', enter: gotoUrl, scope: (page) => page.locator('body') },
  'url.pool': { path: () => '/', enter: gotoUrl, scope: (page) => page.locator('main') },
  'url.addPool': { path: () => '/', enter: gotoUrl, scope: (page) => page.getByTestId('pool-param-error') },
}

async function gotoUrl(page: Page, path: string) {
  await page.goto(new URL(path, page.url()).toString())
}

/** Polls `scope`'s text until it matches; returns the last text seen. */
async function waitForText(
  scope: Locator,
  pattern: RegExp,
  timeoutMs: number,
): Promise<{ ok: boolean; text: string }> {
  const deadline = Date.now() + timeoutMs
  let text = ''
  while (Date.now() < deadline) {
    text = await scope
      .first()
      .textContent({ timeout: 500 })
      .then((value) => value ?? '')
      .catch(() => '')
    if (pattern.test(text)) return { ok: true, text }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return { ok: false, text }
}

/** Polls until `scope`'s text no longer matches (the previous entry's message is gone). */
async function waitForNoMatch(scope: Locator, pattern: RegExp, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const text = await scope
      .first()
      .textContent({ timeout: 200 })
      .catch(() => '')
    if (!pattern.test(text ?? '')) return
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

/** Blank page, error boundary or a new uncaught error since the last check. */
async function detectCrash(session: CatalogPage, errorsBefore: number): Promise<string | undefined> {
  const uncaught = session.errors.slice(errorsBefore).filter((e) => e.startsWith('pageerror'))
  if (uncaught.length > 0) return uncaught.join('; ')
  if ((await session.page.getByTestId('error-fallback').count()) > 0) return 'error boundary shown'
  const rootText = await session.page
    .locator('#root')
    .textContent({ timeout: 2_000 })
    .then((value) => value ?? '')
    .catch(() => '')
  if (rootText.trim().length < 20) return 'blank page'
  return undefined
}

/** The WETH/USDC 0.3 % pool (tick spacing 60, 18/6 decimals) the catalogue's range entries assume. */
export function catalogPool(deployments: Deployments): string {
  const symbol = (address: string) => deployments.tokens.find((t) => t.address === address)?.symbol
  const pool = deployments.v3Pools.find(
    (p) => p.fee === 3000 && symbol(p.token0) === 'WETH' && symbol(p.token1) === 'USDC',
  )
  if (!pool) throw new Error('the devnet has no WETH/USDC 0.3 % pool')
  return pool.address
}

/** The demo account's in-range V3 position (the position page's remove and increase fields). */
export function catalogPosition(deployments: Deployments): number {
  const position = deployments.seed.demoPositions.find((p) => p.label === 'in-range')
  if (!position) throw new Error('the devnet has no in-range demo position')
  return position.tokenId
}

/**
 * Types or opens every catalogue entry in the built app, one page per field, and records whether the
 * expected message showed and whether anything crashed.
 * @param openPage opens a fresh page of the app at a path (the caller owns the browser)
 */
export async function runBrowserCatalog(
  openPage: (path: string) => Promise<CatalogPage & { close(): Promise<void> }>,
  context: Context,
  entries: readonly BadInput[] = BAD_INPUTS,
): Promise<BrowserCheck[]> {
  const checks: BrowserCheck[] = []
  const fields = [...new Set(entries.map((entry) => entry.field))]
  for (const field of fields) {
    const driver = DRIVERS[field]
    const session = await openPage(driver.path(context))
    try {
      await driver.prepare?.(session.page)
      for (const entry of entries.filter((e) => e.field === field)) {
        const skipped = driver.skip?.(entry.input)
        if (skipped) {
          checks.push({ entry, messageShown: false, crash: undefined, skipped, seen: '' })
          continue
        }
        const errorsBefore = session.errors.length
        if (driver.reloadEach) await session.page.reload()
        else if (driver.reset) {
          await driver.reset(session.page)
          await waitForNoMatch(driver.scope(session.page), entry.expected, 2_000)
        }
        await driver.enter(session.page, entry.input)
        const shown = await waitForText(driver.scope(session.page), entry.expected, 15_000)
        const crash = await detectCrash(session, errorsBefore)
        checks.push({
          entry,
          messageShown: shown.ok,
          crash,
          skipped: undefined,
          seen: shown.text.slice(0, 200),
        })
      }
    } finally {
      await session.close()
    }
  }
  return checks
}
