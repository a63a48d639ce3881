import { createPublicClient, http } from 'viem'
import { describe, expect, inject, it } from 'vitest'
import { PARTIAL_FAILURE_SCENARIOS, runPartialFailureScenario } from '../../bench/partialFailures.ts'
import { getPositionsConfig } from '../../src/chain/catalogue/positionsConfig.ts'
import { createMemoryLogStore } from '../../src/chain/history/logStore.ts'
import { readVersusHolding } from '../../src/chain/history/readVersusHolding.ts'

// Each test runs in its own devnet snapshot (test/setup/snapshot.setup.ts): the setCode is reverted after.
describe('partial failures: a reverting contract never drops a position or hides a gap in the totals', () => {
  for (const scenario of PARTIAL_FAILURE_SCENARIOS)
    it(`reverting ${scenario.name}: affected positions are unavailable cards, totals say partial`, async () => {
      const deployments = inject('deployments')
      const client = createPublicClient({ transport: http(inject('rpcUrl')), cacheTime: 0 })
      const outcome = await runPartialFailureScenario(client, deployments, scenario)
      expect(outcome.hiddenGaps).toEqual([])
      const affected = scenario.affected(deployments)
      const unavailable = outcome.positions.filter((p) => p.status === 'unavailable').map((p) => p.id)
      for (const id of affected) expect(unavailable).toContain(id)
      expect(outcome.totals.gaps.unavailable.map((gap) => gap.id).sort()).toEqual([...unavailable].sort())
      expect(outcome.totals.value.partial).toBe(true)
      // The rest of the book still reads: the other seeded positions stay ok.
      expect(outcome.positions.filter((p) => p.status === 'ok').length).toBeGreaterThan(3)
    })

  it('a pair whose farm holding is unavailable gives its wallet holding no versus-holding figures, not wrong ones', async () => {
    const deployments = inject('deployments')
    const client = createPublicClient({ transport: http(inject('rpcUrl')), cacheTime: 0 })
    const farmScenario = PARTIAL_FAILURE_SCENARIOS.find((s) => s.name === 'farm')
    const config = getPositionsConfig(deployments.chainId)
    const holding = deployments.seed.demoV2Holdings.find((h) => h.stakedIn)
    if (!farmScenario || !config || !holding?.stakedIn) throw new Error('no farm scenario')
    const outcome = await runPartialFailureScenario(client, deployments, farmScenario)
    const pair = holding.pair.toLowerCase()
    // The account holds LP of the farmed pair in its wallet too: that card still reads.
    expect(outcome.positions.find((p) => p.id === `v2:${pair}:wallet`)?.status).toBe('ok')
    const snapshot = {
      chainId: deployments.chainId,
      account: deployments.demoAccount,
      blockNumber: outcome.positions[0]?.blockNumber ?? 0n,
      blockTimestamp: 0,
      positions: outcome.positions,
      totalValueUsd: 0,
      positionsWithoutPrice: 0,
      pricesUsd: {},
      stakerRewardsOwed: [],
    }
    const versus = await readVersusHolding(client, { config, store: createMemoryLogStore(), snapshot })
    expect(versus.has(`v2:${pair}:wallet`)).toBe(false)
    expect(versus.has(`v2:${pair}:farm`)).toBe(false)
    // Other positions keep their figures.
    expect(versus.size).toBeGreaterThan(3)
  })
})
