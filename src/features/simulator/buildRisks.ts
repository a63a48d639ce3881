import type { RangeProjection } from '../../domain/projection/projectRange.ts'
import type { NetReturnSimulation } from '../../domain/projection/simulateNetReturn.ts'
import type { PoolSnapshot } from '../../domain/projection/types.ts'
import { formatPercent } from '../../ui/format/formatPercent.ts'
import { formatDays, formatMultiple } from '../../ui/format/formatQuantity.ts'
import { formatUsd } from '../../ui/format/formatUsd.ts'

/** One entry of the risks panel, in the user's numbers. */
export type Risk = { id: string; level: 'info' | 'warning'; title: string; detail: string }

/** Below this daily volume fee income is thin whatever the range. */
export const LOW_VOLUME_USD_PER_DAY = 10_000

/**
 * The risks panel: IL amplification, time out of range, low volume (absolute and vs LVR), reward token
 * exposure and smart-contract risk, each stated with the projection's own figures.
 * @param monteCarlo the simulation result, or null while it runs
 */
export function buildRisks(
  snapshot: PoolSnapshot,
  projection: RangeProjection,
  horizonDays: number,
  monteCarlo: NetReturnSimulation | null,
): Risk[] {
  const risks: Risk[] = []
  const amplification = projection.ilAmplification
  risks.push({
    id: 'il-amplification',
    level: amplification.ok && amplification.value > 2 ? 'warning' : 'info',
    title: 'Impermanent loss amplification',
    detail: amplification.ok
      ? `This range is expected to lose ${formatMultiple(amplification.value)} the impermanent loss of a full-range position over ${horizonDays} days (${projection.expectedIl.ok ? formatPercent(projection.expectedIl.value) : 'unavailable'} vs ${projection.expectedIlFullRange.ok ? formatPercent(projection.expectedIlFullRange.value) : 'unavailable'}).`
      : `Unavailable: ${amplification.reason}.`,
  })
  const outOfRangeDays = monteCarlo ? (1 - monteCarlo.expectedTimeInRangeFraction) * horizonDays : null
  const endsOutside = monteCarlo ? 1 - monteCarlo.probabilityInRangeAtEnd : 0
  risks.push({
    id: 'out-of-range',
    level: outOfRangeDays !== null && outOfRangeDays > horizonDays * 0.25 ? 'warning' : 'info',
    title: 'Time out of range',
    detail:
      outOfRangeDays === null
        ? 'Waiting for the Monte-Carlo simulation.'
        : `Expected ${formatDays(outOfRangeDays)} of ${horizonDays} days out of range, earning no fees; ${formatPercent(endsOutside)} of simulated paths end outside it.`,
  })
  const volume = projection.volumeUsdPerDay
  const feeBelowLvr =
    projection.feeAprInRange.ok &&
    projection.lvrApr.ok &&
    projection.feeAprInRange.value < projection.lvrApr.value
  risks.push({
    id: 'low-volume',
    level: (volume.ok && volume.value < LOW_VOLUME_USD_PER_DAY) || feeBelowLvr ? 'warning' : 'info',
    title: 'Volume',
    detail: volume.ok
      ? `${formatUsd(volume.value)} traded per day${volume.value < LOW_VOLUME_USD_PER_DAY ? ` (below ${formatUsd(LOW_VOLUME_USD_PER_DAY)}: low)` : ''}. ${
          feeBelowLvr
            ? `Fees (${formatPercent((projection.feeAprInRange as { value: number }).value)}/yr) are below LVR (${formatPercent((projection.lvrApr as { value: number }).value)}/yr): arbitrageurs take more than fees pay.`
            : 'Fees cover LVR at this volatility.'
        }`
      : `Unavailable: ${volume.reason}.`,
  })
  if (snapshot.reward && projection.reward) {
    const reward = projection.reward
    const symbol = snapshot.reward.token.symbol
    risks.push({
      id: 'reward-token',
      level: 'warning',
      title: `Reward token exposure (${symbol})`,
      detail:
        reward.ok && projection.combinedApr.ok
          ? `${formatPercent(reward.value.aprUntilEnd)} of your ${formatPercent(projection.combinedApr.value)} combined APR is paid in ${symbol}, valued at today's price; if ${symbol} halves, the combined APR falls to ${formatPercent(projection.combinedApr.value - reward.value.aprUntilEnd / 2)}. Rewards stop on ${new Date(snapshot.reward.periodEnd * 1000).toISOString().slice(0, 10)}.`
          : `Unavailable: ${reward.ok ? 'combined APR unavailable' : reward.reason}.`,
    })
  }
  risks.push({
    id: 'smart-contract',
    level: 'info',
    title: 'Smart-contract risk',
    detail: `Your deposit sits in the pool contract${snapshot.reward ? ' and, when staked, in the farm contract' : ''}. A bug or an exploit in either (or in a token of the pair) can lose all of it; no projection here covers that.`,
  })
  return risks
}
