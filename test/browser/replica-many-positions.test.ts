import type { Address } from 'viem'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testAddress } from '../../devnet/accounts.ts'
import { readExpectedPositionFigures } from '../faults/positionsOracle.ts'
import { type MintManyResult, mintManyPositions } from '../integration/helpers/manyPositions.ts'
import type { AppSession } from './harness.ts'
import {
  errorsBesidesRateLimits,
  hiddenLimitBreaks,
  type LimitedReplica,
  openOnReplica,
  startLimitedReplica,
  watchAccount,
} from './replicaHarness.ts'

/*
 * An address with thousands of V3 positions on the Ethereum replica, behind the public-RPC limits proxy
 * (issue 12, "Bad input and faults"): the page shows the newest page of positions with exact figures,
 * says its totals cover only the loaded ones, and loads the next page on demand. The positions are
 * minted in this file (not in the cached seed).
 */

const REPLICA_START_MS = 600_000
const PAGE_MS = 240_000
const POSITION_COUNT = 2_000
const PAGE = 50
/** Anvil account 7: no position on the replica before this file mints them. */
const WHALE: Address = testAddress(7)
/** The replica's liquidity provider (anvil account 1): every token, NPM approved. */
const PAYER: Address = testAddress(1)

let limited: LimitedReplica
let minted: MintManyResult
let session: AppSession | undefined

beforeAll(async () => {
  limited = await startLimitedReplica('ethereum')
  const { deployments } = limited.replica
  const token = (address: Address) => deployments.tokens.find((entry) => entry.address === address)
  const pool = deployments.v3Pools.find(
    (entry) =>
      [token(entry.token0)?.symbol, token(entry.token1)?.symbol].sort().join('/') === 'USDC/WETH' &&
      entry.fee === 500,
  )
  if (!pool) throw new Error('the Ethereum replica has no WETH/USDC 0.05 % pool')
  minted = await mintManyPositions({
    rpcUrl: limited.replica.rpcUrl,
    npm: deployments.contracts.nonfungiblePositionManager,
    pool,
    payer: PAYER,
    recipient: WHALE,
    count: POSITION_COUNT,
    baseAmount0: 10n ** BigInt(Math.max(0, (token(pool.token0)?.decimals ?? 18) - 3)),
    baseAmount1: 10n ** BigInt(Math.max(0, (token(pool.token1)?.decimals ?? 18) - 3)),
  })
  console.info(`[many positions] minted ${POSITION_COUNT} positions in ${minted.ms} ms`)
}, REPLICA_START_MS)

afterAll(async () => {
  await session?.close()
  await limited?.stop()
})

describe('an address with 2,000 V3 positions on the Ethereum replica (Chromium, behind the limits)', () => {
  it(
    'shows the newest 50 exact, says the totals are of 50 of 2,000, and loads the next 50 on demand',
    async () => {
      limited.proxy.resetStats()
      const startedAt = Date.now()
      session = await openOnReplica(limited)
      const { page, errors } = session
      await watchAccount(page, WHALE)
      const cards = page.getByTestId('position-card')
      await cards.first().waitFor({ timeout: 60_000 })
      console.info(`[many positions] first card ${Date.now() - startedAt} ms after opening the app`)
      await page.getByTestId('filter-status-all').click()
      expect(await cards.count()).toBe(PAGE)

      // The newest positions first: the highest token ids, in order.
      const newest = [...minted.tokenIds].sort((a, b) => (a > b ? -1 : 1))
      const shownIds = await cards.evaluateAll((list) =>
        list.map((card) => card.getAttribute('data-position-id')),
      )
      expect(shownIds).toEqual(newest.slice(0, PAGE).map((tokenId) => `v3:${tokenId}`))

      // Their figures equal the contracts' (collect / decreaseLiquidity simulated) at the block shown.
      const blockNumber = BigInt(
        (await page.getByTestId('figures-block').getAttribute('data-block')) ?? 'NaN',
      )
      const checked = newest.slice(0, 3)
      const expected = await readExpectedPositionFigures(
        limited.direct,
        {
          contracts: limited.replica.deployments.contracts,
          v3Incentives: [],
          seed: {
            demoPositions: checked.map((tokenId) => ({ tokenId: Number(tokenId) })),
            demoV2Holdings: [],
          },
        },
        WHALE,
        blockNumber,
      )
      for (const tokenId of checked) {
        const card = page.locator(`[data-testid="position-card"][data-position-id="v3:${tokenId}"]`)
        for (const name of ['amount0', 'amount1'])
          expect(
            BigInt((await card.getByTestId(name).getAttribute('data-wei')) ?? 'NaN'),
            `${tokenId} ${name}`,
          ).toBe(expected.get(`v3:${tokenId}`)?.get(name))
      }

      // The totals say they cover the loaded positions only.
      const partial = page.getByTestId('totals-partial')
      expect(await partial.getAttribute('data-not-loaded')).toBe(String(POSITION_COUNT - PAGE))
      expect(await partial.locator('summary').textContent()).toContain(
        `totals of ${PAGE} of ${POSITION_COUNT.toLocaleString('en-US')} positions`,
      )
      expect(await page.getByTestId('total-value').getAttribute('data-partial')).toBe('true')
      expect(await page.getByTestId('positions-total-count').getAttribute('data-total')).toBe(
        String(POSITION_COUNT),
      )

      // One more page, on demand.
      const loadMore = page.getByTestId('positions-load-more')
      expect(await loadMore.getAttribute('data-not-loaded')).toBe(String(POSITION_COUNT - PAGE))
      await loadMore.click()
      // The list grows with the page: the 50 older cards show once read.
      await page
        .locator(`[data-testid="position-card"][data-position-id="v3:${newest[2 * PAGE - 1]}"]`)
        .waitFor({ timeout: 60_000 })
      expect(await cards.count()).toBe(2 * PAGE)
      expect(await partial.locator('summary').textContent()).toContain(
        `totals of ${2 * PAGE} of ${POSITION_COUNT.toLocaleString('en-US')} positions`,
      )
      expect(await page.getByTestId('positions-load-more').getAttribute('data-not-loaded')).toBe(
        String(POSITION_COUNT - 2 * PAGE),
      )

      expect(hiddenLimitBreaks(limited.proxy)).toBe(0)
      expect(errorsBesidesRateLimits(errors, limited.proxy)).toEqual([])
    },
    PAGE_MS,
  )
})
