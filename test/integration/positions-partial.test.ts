import { createPublicClient, http } from 'viem'
import { describe, expect, inject, it } from 'vitest'
import { PARTIAL_FAILURE_SCENARIOS, runPartialFailureScenario } from '../../bench/partialFailures.ts'

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
})
