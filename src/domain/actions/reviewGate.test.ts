import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { getSqrtRatioAtTick, MAX_TICK, MIN_TICK } from '../../math/index.ts'
import { deriveV3Deposit } from './deriveV3Deposit.ts'
import { type ReviewGateInput, type ReviewSimulationStatus, reviewGate } from './reviewGate.ts'
import { v3MintMinimums } from './slippage.ts'
import { zeroMinimumSides } from './zeroMinimumSides.ts'

const ready: ReviewGateInput = {
  canSign: true,
  slippageValid: true,
  deadlineValid: true,
  rangePending: false,
  simulation: 'ok',
  simulationSkipAcknowledged: false,
  zeroMinimumSides: [],
  zeroMinimumAcknowledged: false,
}

describe('#reviewGate', () => {
  it('sends only once the simulation succeeded', () => {
    expect(reviewGate(ready)).toEqual({ canSubmit: true, blockers: [] })
    for (const simulation of ['pending', 'failed'] as const) {
      expect(reviewGate({ ...ready, simulation }).canSubmit).toBe(false)
      // An acknowledgement does not unblock a pending or failed simulation.
      expect(reviewGate({ ...ready, simulation, simulationSkipAcknowledged: true }).canSubmit).toBe(false)
    }
  })

  it('a simulation that cannot run needs an explicit acknowledgement', () => {
    const skipped = reviewGate({ ...ready, simulation: 'cannot-run' })
    expect(skipped.canSubmit).toBe(false)
    expect(skipped.blockers.join()).toMatch(/could not be simulated/)
    expect(
      reviewGate({ ...ready, simulation: 'cannot-run', simulationSkipAcknowledged: true }).canSubmit,
    ).toBe(true)
  })

  it('an invalid slippage or deadline field, or a typed range not applied, disables the action', () => {
    expect(reviewGate({ ...ready, slippageValid: false }).blockers).toEqual([
      'Fix the slippage tolerance (0.01 %–50 %).',
    ])
    expect(reviewGate({ ...ready, deadlineValid: false }).canSubmit).toBe(false)
    expect(reviewGate({ ...ready, rangePending: true }).canSubmit).toBe(false)
    expect(reviewGate({ ...ready, canSign: false }).canSubmit).toBe(false)
  })

  it('a zero-side minimum blocks until acknowledged', () => {
    expect(reviewGate({ ...ready, zeroMinimumSides: ['token1'] }).canSubmit).toBe(false)
    expect(
      reviewGate({ ...ready, zeroMinimumSides: ['token1'], zeroMinimumAcknowledged: true }).canSubmit,
    ).toBe(true)
  })

  it('property (10,000 random ranges): no mint with a zero-side minimum is sent without the acknowledgement', () => {
    let zeroSideCases = 0
    fc.assert(
      fc.property(
        fc.integer({ min: -200_000, max: 200_000 }),
        fc.constantFrom(1, 10, 60, 200),
        fc.integer({ min: 1, max: 2_000 }),
        fc.integer({ min: -1_000, max: 1_000 }),
        fc.integer({ min: 1, max: 5_000 }),
        fc.bigInt({ min: 1n, max: 10n ** 30n }),
        fc.boolean(),
        fc.record({
          canSign: fc.boolean(),
          slippageValid: fc.boolean(),
          deadlineValid: fc.boolean(),
          rangePending: fc.boolean(),
          simulation: fc.constantFrom<ReviewSimulationStatus>('ok', 'pending', 'failed', 'cannot-run'),
          simulationSkipAcknowledged: fc.boolean(),
          zeroMinimumAcknowledged: fc.boolean(),
        }),
        (tick, spacing, widthSpacings, offsetSpacings, slippageBps, amountWei, fromToken0, ui) => {
          const tickLower = Math.max(
            Math.ceil(MIN_TICK / spacing) * spacing,
            Math.floor(tick / spacing) * spacing + offsetSpacings * spacing,
          )
          const tickUpper = Math.min(
            Math.floor(MAX_TICK / spacing) * spacing,
            tickLower + widthSpacings * spacing,
          )
          if (tickLower >= tickUpper) return
          const sqrtPriceX96 = getSqrtRatioAtTick(tick)
          let deposit: ReturnType<typeof deriveV3Deposit>
          try {
            deposit = deriveV3Deposit({
              sqrtPriceX96,
              tickLower,
              tickUpper,
              independent: fromToken0 ? 'token0' : 'token1',
              amountWei,
            })
          } catch {
            return // the side this range does not take: the form refuses it before the review
          }
          if (deposit.liquidity === 0n) return
          const mins = v3MintMinimums({ sqrtPriceX96, tickLower, tickUpper, ...deposit, slippageBps })
          const sides = zeroMinimumSides({ ...deposit, ...mins })
          if (sides.length > 0) zeroSideCases++
          const gate = reviewGate({ ...ui, zeroMinimumSides: sides })
          expect(gate.canSubmit && sides.length > 0 && !ui.zeroMinimumAcknowledged).toBe(false)
        },
      ),
      { numRuns: 10_000, seed: 20261201 },
    )
    expect(zeroSideCases).toBeGreaterThan(500)
  }, 120_000)
})
