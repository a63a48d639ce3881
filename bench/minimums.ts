// Mint minimums and the review gate: over 10,000 seeded random ranges, prices, amounts, tolerances and
// review states, counts the mints the real review gate would SEND with a zero-side minimum that the
// user did not acknowledge (target 0), and how often the rule gives a zero-side minimum at all.
import { deriveV3Deposit } from '../src/domain/actions/deriveV3Deposit.ts'
import { type ReviewSimulationStatus, reviewGate } from '../src/domain/actions/reviewGate.ts'
import { v3MintMinimums } from '../src/domain/actions/slippage.ts'
import { zeroMinimumSides } from '../src/domain/actions/zeroMinimumSides.ts'
import { createSeededRandom, getSqrtRatioAtTick, MAX_TICK, MIN_TICK } from '../src/math/index.ts'
import type { BenchMetrics } from './types.ts'

const RANGES = 10_000
const SPACINGS = [1, 10, 60, 200] as const
const SIMULATIONS: ReviewSimulationStatus[] = ['ok', 'pending', 'failed', 'cannot-run']

/**
 * @returns `reliability.zeroMinimumMints` (sent with a zero-side minimum and no acknowledgement, target 0),
 * `minimums.zeroSideRanges` (ranges whose rule gives a zero-side minimum) and `minimums.rangesChecked`
 */
export async function runMinimumsBench(): Promise<BenchMetrics> {
  const random = createSeededRandom(20261201)
  const int = (below: number) => Math.floor(random.nextFloat() * below)
  const flip = () => random.nextFloat() < 0.5
  let checked = 0
  let zeroSideRanges = 0
  let unprotectedSends = 0
  while (checked < RANGES) {
    const spacing = SPACINGS[int(SPACINGS.length)] as number
    const tick = -200_000 + int(400_000)
    const tickLower = Math.max(
      Math.ceil(MIN_TICK / spacing) * spacing,
      (Math.floor(tick / spacing) - int(200)) * spacing,
    )
    const tickUpper = Math.min(Math.floor(MAX_TICK / spacing) * spacing, tickLower + (1 + int(400)) * spacing)
    const sqrtPriceX96 = getSqrtRatioAtTick(tick)
    let deposit: ReturnType<typeof deriveV3Deposit>
    try {
      deposit = deriveV3Deposit({
        sqrtPriceX96,
        tickLower,
        tickUpper,
        independent: flip() ? 'token0' : 'token1',
        amountWei: BigInt(1 + int(1e9)) * 10n ** BigInt(int(18)),
      })
    } catch {
      continue
    }
    if (deposit.liquidity === 0n) continue
    const slippageBps = 1 + int(5_000)
    const mins = v3MintMinimums({ sqrtPriceX96, tickLower, tickUpper, ...deposit, slippageBps })
    const sides = zeroMinimumSides({ ...deposit, ...mins })
    checked++
    if (sides.length > 0) zeroSideRanges++
    // Every review state the user can be in for this mint.
    for (const simulation of SIMULATIONS)
      for (const acknowledged of [false, true]) {
        const gate = reviewGate({
          canSign: true,
          slippageValid: true,
          deadlineValid: true,
          rangePending: false,
          simulation,
          simulationSkipAcknowledged: flip(),
          zeroMinimumSides: sides,
          zeroMinimumAcknowledged: acknowledged,
        })
        if (gate.canSubmit && sides.length > 0 && !acknowledged) unprotectedSends++
      }
  }
  return {
    'reliability.zeroMinimumMints': { value: unprotectedSends, unit: 'mints' },
    'minimums.zeroSideRanges': { value: zeroSideRanges, unit: 'ranges' },
    'minimums.rangesChecked': { value: checked, unit: 'ranges' },
  }
}
