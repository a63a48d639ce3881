import type { V3IncentiveInfo } from './types.ts'

/** `known` plus the `discovered` incentives it lacks (by id), in that order. */
export function mergeV3Incentives(
  known: readonly V3IncentiveInfo[],
  discovered: readonly V3IncentiveInfo[],
): V3IncentiveInfo[] {
  const ids = new Set(known.map((incentive) => incentive.incentiveId.toLowerCase()))
  return [...known, ...discovered.filter((incentive) => !ids.has(incentive.incentiveId.toLowerCase()))]
}
