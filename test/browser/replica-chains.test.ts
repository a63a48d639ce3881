import type { Locator } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { ReplicaChain } from '../../devnet/replica/index.ts'
import { readExpectedPositionFigures } from '../faults/positionsOracle.ts'
import type { AppSession } from './harness.ts'
import {
  errorsBesidesRateLimits,
  hiddenLimitBreaks,
  type LimitedReplica,
  openOnReplica,
  startLimitedReplica,
  watchAccount,
} from './replicaHarness.ts'

/** A cold replica seeds in up to ~2.5 min on this 2-core machine (warm: under a second). */
const REPLICA_START_MS = 600_000
/**
 * A page's whole load behind the limits at a public RPC's 20 requests/s: on Arbitrum the staker's
 * incentives come from ~300 scaled log ranges (as many as the real chain's window would take), shared
 * with the history scans, so staked rewards can take a minute.
 */
const PAGE_MS = 300_000
const REWARDS_MS = 180_000

let session: AppSession | undefined
afterEach(async () => {
  await session?.close()
  session = undefined
})

const wei = async (card: Locator, testId: string, index = 0) =>
  BigInt((await card.getByTestId(testId).nth(index).getAttribute('data-wei')) ?? 'NaN')

describe.each<ReplicaChain>(['ethereum', 'arbitrum', 'base'])(
  '%s replica behind public-RPC limits (Chromium)',
  (chain) => {
    let limited: LimitedReplica
    beforeAll(async () => {
      limited = await startLimitedReplica(chain)
    }, REPLICA_START_MS)
    afterAll(async () => {
      await limited?.stop()
    })

    it(
      'positions: every seeded position of the demo account equals the contracts to the wei, staked ones included',
      async () => {
        const { deployments } = limited.replica
        session = await openOnReplica(limited)
        const { page, errors } = session
        await watchAccount(page, deployments.demoAccount)
        const figuresBlock = page.getByTestId('figures-block')
        await figuresBlock.waitFor({ timeout: 60_000 })
        const blockNumber = BigInt((await figuresBlock.getAttribute('data-block')) ?? 'NaN')
        await page.getByTestId('filter-status-all').click()

        const expected = await readExpectedPositionFigures(
          limited.direct,
          deployments,
          deployments.demoAccount,
          blockNumber,
        )
        // Every seeded V3 position that is still open or holds fees, plus the V2 holdings, has a card.
        expect(expected.size).toBeGreaterThanOrEqual(deployments.seed.demoPositions.length)
        for (const [id, figures] of expected) {
          const card = page.locator(`[data-testid="position-card"][data-position-id="${id}"]`)
          await card.waitFor({ timeout: 60_000 })
          expect(await card.getAttribute('data-status'), id).toBe('ok')
          const shown = new Map<string, bigint>()
          for (const name of figures.keys()) {
            const reward = /^reward:(\d+)$/.exec(name)
            if (reward) {
              // A staked position's reward may show "loading" until the staker's incentives are found.
              await card
                .locator('[data-testid="reward"][data-wei]')
                .nth(Number(reward[1]))
                .waitFor({ timeout: REWARDS_MS })
              shown.set(name, await wei(card, 'reward', Number(reward[1])))
            } else shown.set(name, await wei(card, name))
          }
          expect({ id, figures: shown }).toEqual({ id, figures })
        }
        // The staked positions are on the staker, and the page read everything at the block it shows.
        const staked = deployments.seed.demoPositions.filter((position) => position.staked)
        for (const position of staked)
          expect(
            await page
              .locator(`[data-testid="position-card"][data-position-id="v3:${position.tokenId}"]`)
              .getByTestId('position-location')
              .textContent(),
          ).toBe('V3 staker')
        expect(BigInt((await figuresBlock.getAttribute('data-block')) ?? 'NaN')).toBe(blockNumber)
        expect(hiddenLimitBreaks(limited.proxy)).toBe(0)
        expect(errorsBesidesRateLimits(errors, limited.proxy)).toEqual([])
      },
      PAGE_MS,
    )

    it(
      'pools, pool detail and simulator: the replica pools are listed with figures, and open',
      async () => {
        const { deployments } = limited.replica
        session = await openOnReplica(limited, '/pools')
        const { page, errors } = session
        const table = page.getByTestId('pools-table')
        await table.waitFor({ timeout: 60_000 })
        // Every pool the replica created for a catalogue main pair is a row (found through the factories).
        const rows = await table
          .locator('tr[data-pool]')
          .evaluateAll((list) => list.map((row) => row.getAttribute('data-pool')?.toLowerCase()))
        const wethUsdc = deployments.v3Pools.filter((pool) => {
          const symbols = [pool.token0, pool.token1].map(
            (address) => deployments.tokens.find((token) => token.address === address)?.symbol,
          )
          return symbols.includes('WETH') && symbols.includes('USDC')
        })
        expect(wethUsdc.length).toBeGreaterThan(0)
        for (const pool of wethUsdc) expect(rows).toContain(pool.address.toLowerCase())
        // Volume and fee APR arrive after the Swap-log scan and are figures, not "unavailable".
        const first = table.locator(`tr[data-pool="${wethUsdc[0]?.address}"]`)
        await page.getByTestId('swap-window-note').first().waitFor({ timeout: REWARDS_MS })
        const cells = await first.locator('td').allTextContents()
        expect(cells[2]).toMatch(/^\$[\d.]+[KM]?$/) // TVL
        expect(cells.join(' ')).not.toMatch(/unavailable/i)

        // Pool detail opens from the row.
        await first.locator('a').first().click()
        await page.getByTestId('pool-detail').waitFor({ timeout: 60_000 })

        expect(hiddenLimitBreaks(limited.proxy)).toBe(0)
        expect(errorsBesidesRateLimits(errors, limited.proxy)).toEqual([])
      },
      PAGE_MS,
    )
  },
)
