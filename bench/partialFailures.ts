import { type Address, type Client, createPublicClient, http } from 'viem'
import { startDevnet } from '../devnet/index.ts'
import { getPositionsConfig } from '../src/chain/catalogue/positionsConfig.ts'
import { createMemoryLogStore } from '../src/chain/history/logStore.ts'
import { loadPositions } from '../src/chain/readPositions.ts'
import type { Deployments } from '../src/domain/catalogue/types.ts'
import { computePortfolioTotals } from '../src/domain/positions/computePortfolioTotals.ts'
import type { PortfolioTotals, PositionView } from '../src/domain/positions/model.ts'
import type { BenchMetrics } from './types.ts'

/** Bytecode that reverts on every call (PUSH1 0 PUSH1 0 REVERT). */
export const REVERT_ALWAYS_CODE = '0x60006000fd'

/** One contract the positions page reads, replaced by revert-always code. */
export interface PartialFailureScenario {
  name: 'v2-pair' | 'farm' | 'staker' | 'token'
  /** The contract whose code is replaced. */
  target: (deployments: Deployments) => Address
  /** Seeded positions that can no longer be read and must be shown as unavailable cards. */
  affected: (deployments: Deployments) => string[]
}

const v2Id = (pair: Address, location: 'wallet' | 'farm') => `v2:${pair.toLowerCase()}:${location}`
const farmedHolding = (deployments: Deployments) => {
  const holding = deployments.seed.demoV2Holdings.find((h) => h.stakedIn)
  if (!holding?.stakedIn) throw new Error('no farmed V2 holding on the devnet')
  return { pair: holding.pair, farm: holding.stakedIn }
}

/** The four scenarios: a reverting V2 pair, farm, V3 staker and token (WBTC, in the full-range position). */
export const PARTIAL_FAILURE_SCENARIOS: readonly PartialFailureScenario[] = [
  {
    name: 'v2-pair',
    target: (d) => farmedHolding(d).pair,
    // The pair holds the wallet's LP balance and the reserves of the LP staked in the farm.
    affected: (d) => [v2Id(farmedHolding(d).pair, 'wallet'), v2Id(farmedHolding(d).pair, 'farm')],
  },
  {
    name: 'farm',
    target: (d) => farmedHolding(d).farm,
    affected: (d) => [v2Id(farmedHolding(d).pair, 'farm')],
  },
  {
    name: 'staker',
    target: (d) => {
      if (!d.contracts.v3Staker) throw new Error('no V3 staker on the devnet')
      return d.contracts.v3Staker
    },
    affected: (d) => d.seed.demoPositions.filter((p) => p.label === 'staked').map((p) => `v3:${p.tokenId}`),
  },
  {
    name: 'token',
    target: (d) => {
      const wbtc = d.tokens.find((t) => t.symbol === 'WBTC')
      if (!wbtc) throw new Error('no WBTC on the devnet')
      return wbtc.address
    },
    affected: (d) => {
      const wbtc = d.tokens.find((t) => t.symbol === 'WBTC')?.address.toLowerCase()
      const pools = new Set(
        d.v3Pools
          .filter((p) => p.token0.toLowerCase() === wbtc || p.token1.toLowerCase() === wbtc)
          .map((p) => p.address.toLowerCase()),
      )
      return d.seed.demoPositions.filter((p) => pools.has(p.pool.toLowerCase())).map((p) => `v3:${p.tokenId}`)
    },
  },
]

/** What one scenario showed, and every way it hid a gap. */
export interface PartialFailureOutcome {
  scenario: PartialFailureScenario['name']
  positions: readonly PositionView[]
  totals: PortfolioTotals
  /** Each a hidden gap: a total or a list that omits a failed part without saying so. */
  hiddenGaps: string[]
}

/**
 * Puts one scenario in place on a devnet (anvil_setCode), then loads the demo account's positions
 * through the page's own path (loadPositions → computePortfolioTotals) and checks them against the
 * seeded book (the devnet's deployments file, not the app): every seeded position is listed, the
 * affected ones as unavailable, and every total that leaves them out says it is partial.
 * The caller snapshots/reverts the chain around it.
 */
export async function runPartialFailureScenario(
  client: Client,
  deployments: Deployments,
  scenario: PartialFailureScenario,
): Promise<PartialFailureOutcome> {
  const config = getPositionsConfig(deployments.chainId)
  if (!config) throw new Error('no devnet positions config')
  await client.request({
    method: 'anvil_setCode' as never,
    params: [scenario.target(deployments), REVERT_ALWAYS_CODE] as never,
  })
  const toBlock = BigInt(
    (await client.request({ method: 'eth_blockNumber' as never, params: [] as never })) as string,
  )
  const snapshot = await loadPositions(client, {
    account: deployments.demoAccount,
    config,
    store: createMemoryLogStore(),
    toBlock,
  })
  const totals = computePortfolioTotals(snapshot.positions)
  const hiddenGaps: string[] = []
  const byId = new Map(snapshot.positions.map((p) => [p.id, p]))
  const seeded = [
    ...deployments.seed.demoPositions.map((p) => `v3:${p.tokenId}`),
    ...deployments.seed.demoV2Holdings.map((h) => v2Id(h.pair, h.stakedIn ? 'farm' : 'wallet')),
  ]
  for (const id of seeded) if (!byId.has(id)) hiddenGaps.push(`list: seeded position ${id} dropped`)
  const affected = scenario.affected(deployments)
  if (affected.length === 0) throw new Error(`scenario ${scenario.name} affects no seeded position`)
  for (const id of affected) {
    const view = byId.get(id)
    if (view && view.status !== 'unavailable')
      hiddenGaps.push(`list: ${id} shown as ok although its reads fail`)
  }
  const unavailable = snapshot.positions.filter((p) => p.status === 'unavailable').map((p) => p.id)
  const listed = new Set(totals.gaps.unavailable.map((gap) => gap.id))
  for (const id of unavailable) if (!listed.has(id)) hiddenGaps.push(`notice: unavailable ${id} not listed`)
  if (unavailable.length > 0) {
    const totalsShown = { value: totals.value, fees: totals.uncollectedFees, rewards: totals.pendingRewards }
    for (const [name, total] of Object.entries(totalsShown))
      if (!total.partial)
        hiddenGaps.push(`total: ${name} omits ${unavailable.length} unavailable without saying so`)
  }
  if (snapshot.positions.length === 0) hiddenGaps.push('list: "No liquidity positions" shown')
  return { scenario: scenario.name, positions: snapshot.positions, totals, hiddenGaps }
}

/**
 * Runs every scenario on a fresh devnet (each reverted after) and counts hidden gaps (target 0).
 * @returns `reliability.partialFailureScenarios` (target ≥ 4) and `reliability.hiddenGaps` (target 0)
 */
export async function runPartialFailuresBench(): Promise<BenchMetrics> {
  const port = Number(process.env.POOLSCOPE_BENCH_PARTIAL_PORT ?? 8863)
  const devnet = await startDevnet({ port, quiet: true, writeDeploymentsFile: false })
  try {
    const client = createPublicClient({ transport: http(devnet.rpcUrl), cacheTime: 0 })
    let hiddenGaps = 0
    for (const scenario of PARTIAL_FAILURE_SCENARIOS) {
      const id = await client.request({ method: 'evm_snapshot' as never, params: [] as never })
      try {
        const outcome = await runPartialFailureScenario(client, devnet.deployments, scenario)
        const shownUnavailable = outcome.positions.filter((p) => p.status === 'unavailable').length
        console.log(
          `[partialFailures] ${scenario.name}: ${outcome.positions.length} positions, ${shownUnavailable} unavailable, ${outcome.hiddenGaps.length} hidden gaps`,
        )
        for (const gap of outcome.hiddenGaps) console.log(`[partialFailures]   ${gap}`)
        hiddenGaps += outcome.hiddenGaps.length
      } finally {
        await client.request({ method: 'evm_revert' as never, params: [id] as never })
      }
    }
    return {
      'reliability.partialFailureScenarios': { value: PARTIAL_FAILURE_SCENARIOS.length, unit: 'scenarios' },
      'reliability.hiddenGaps': { value: hiddenGaps, unit: 'gaps' },
    }
  } finally {
    await devnet.stop()
  }
}
