import type { Address, Client } from 'viem'
import { attributeClaimedRewards } from '../../domain/history/attributeClaimedRewards.ts'
import { computeVersusHolding } from '../../domain/history/computeVersusHolding.ts'
import { type HistoryShare, splitShares } from '../../domain/history/historyShare.ts'
import type { HistoryEntry } from '../../domain/history/logTypes.ts'
import { v4HistoryEntries } from '../../domain/history/v4FeeHistory.ts'
import type { PositionsSnapshot, VersusHolding } from '../../domain/positions/model.ts'
import type { PositionsConfig } from '../catalogue/positionsConfig.ts'
import type { ScanProgress } from './fetchLogsCached.ts'
import type { LogStore } from './logStore.ts'
import {
  REWARD_TOPIC,
  readBlockTimestamps,
  readStakerAndV2Logs,
  readV3PositionLogs,
  timestampsFromLogs,
  v2HistoryByPair,
  v3HistoryByTokenId,
} from './readPositionHistory.ts'
import { readRewardClaimTokens } from './readRewardClaimTokens.ts'
import { readV4FeeHistory } from './readV4FeeHistory.ts'

export interface ReadVersusHoldingParameters {
  config: PositionsConfig
  store: LogStore
  snapshot: PositionsSnapshot
  /** Stops the history scans between ranges (their scanned prefixes stay cached for the next load). */
  signal?: AbortSignal | undefined
  /**
   * Pairs of `config.v2Pairs` the shared staker + V2 + farms log leaves out (user imports): they are read
   * in a filter of their own, so the shared entry stays the one the incentives discovery fills.
   */
  separatePairs?: readonly Address[] | undefined
  /** Progress of each history scan by name ('v3-positions', 'staker+v2'). */
  onProgress?: ((scan: string, progress: ScanProgress) => void) | undefined
}

/**
 * "Versus holding" of every 'ok' position of a snapshot, from cached event history up to the
 * snapshot's block: two log filters per range (the account's NPM token ids, and the shared staker +
 * V2 + farms log, usually already fresh from the incentives discovery), block timestamps from the
 * logs. With a warm cache (a reload at the same head): one block-hash request.
 * @returns position id → figures
 */
export async function readVersusHolding(
  client: Client,
  parameters: ReadVersusHoldingParameters,
): Promise<Map<string, VersusHolding>> {
  const { config, store, snapshot, signal, onProgress, separatePairs } = parameters
  const toBlock = snapshot.blockNumber
  const tokenIds = snapshot.positions.flatMap((p) => (p.protocol === 'v3' && p.v3 ? [p.v3.tokenId] : []))
  // The shared log holds V2 history and the reward events (farms' RewardPaid, staker claims).
  const needsShared =
    snapshot.positions.some((p) => p.protocol === 'v2') ||
    (config.contracts.v3Staker !== undefined && tokenIds.length > 0)
  const v4Positions = snapshot.positions.flatMap((p) =>
    p.status === 'ok' && p.v4
      ? [
          {
            tokenId: p.v4.tokenId,
            poolId: p.v4.poolId,
            currency0: p.v4.poolKey.currency0,
            currency1: p.v4.poolKey.currency1,
            hookMayAlterAmounts: p.v4.hook?.mayAlterAmounts ?? false,
          },
        ]
      : [],
  )
  const [v3Logs, sharedLogs, v4History] = await Promise.all([
    readV3PositionLogs(client, {
      config,
      store,
      toBlock,
      account: snapshot.account,
      tokenIds,
      signal,
      onProgress: onProgress && ((progress) => onProgress('v3-positions', progress)),
    }),
    needsShared
      ? readStakerAndV2Logs(client, {
          config,
          store,
          toBlock,
          separatePairs,
          signal,
          onProgress: onProgress && ((progress) => onProgress('staker+v2', progress)),
        })
      : Promise.resolve([]),
    config.v4 && v4Positions.length > 0
      ? readV4FeeHistory(client, {
          chainId: config.chainId,
          v4: config.v4,
          store,
          toBlock,
          account: snapshot.account,
          positions: v4Positions,
          signal,
        }).catch((error: unknown) => {
          // V4's history failing leaves its positions without figures ("unavailable"), not V2's and V3's.
          if (signal?.aborted) throw error
          return undefined
        })
      : undefined,
  ])
  signal?.throwIfAborted()
  const claimTokenByTx = await readRewardClaimTokens(client, {
    chainId: config.chainId,
    store,
    logs: sharedLogs,
    account: snapshot.account,
    v3Staker: config.contracts.v3Staker,
    incentives: config.incentives,
  })
  const claimedByPosition = attributeClaimedRewards({
    logs: sharedLogs,
    account: snapshot.account,
    positions: snapshot.positions,
    farms: config.farms,
    v3Staker: config.contracts.v3Staker,
    incentives: config.incentives,
    stakerRewardsOwed: snapshot.stakerRewardsOwed,
    claimTokenByTx,
    pricesUsd: snapshot.pricesUsd,
    rewardTopics: REWARD_TOPIC,
  })
  const v3History = v3HistoryByTokenId(v3Logs)
  const v2History = v2HistoryByPair(sharedLogs, snapshot.account)
  const v4Entries = new Map(
    [...(v4History?.events ?? new Map())].map(([tokenId, events]) => [tokenId, v4HistoryEntries(events)]),
  )
  const blocks = [
    ...v3History.values(),
    ...v2History.values(),
    ...[...v4Entries.values()].map((history) => history.entries),
  ].flatMap((entries) => entries.map((e) => e.blockNumber))
  // The node's timestamps come with the logs (`blockTimestamp`); a block is fetched only when it lacks one.
  const timestamps = await readBlockTimestamps(client, {
    chainId: config.chainId,
    store,
    blocks,
    known: timestampsFromLogs(v3Logs, sharedLogs, v4History?.logs ?? []),
  })

  // V2: split the pair's history between wallet and farm by their exact share of the account's LP
  // (bigint ratios, the last holding takes the rest: the parts add up to the pair's events to the wei).
  const holdingsByPair = new Map<string, { id: string; lpBalanceWei: bigint }[]>()
  for (const p of snapshot.positions)
    if (p.status === 'ok' && p.v2) {
      const key = p.v2.pair.toLowerCase()
      holdingsByPair.set(key, [
        ...(holdingsByPair.get(key) ?? []),
        { id: p.id, lpBalanceWei: p.v2.lpBalanceWei },
      ])
    }
  // A pair with an unavailable holding (e.g. its farm did not answer) cannot be split: its history
  // would all land on the holdings that did answer. Those get no figures rather than wrong ones.
  const unsplittablePairs = new Set(
    snapshot.positions.flatMap((p) => (p.status === 'unavailable' && p.v2 ? [p.v2.pair.toLowerCase()] : [])),
  )
  const shareById = new Map<string, HistoryShare>()
  for (const holdings of holdingsByPair.values()) {
    const shares = splitShares(holdings.map((holding) => holding.lpBalanceWei))
    holdings.forEach((holding, index) => {
      shareById.set(holding.id, shares[index] as HistoryShare)
    })
  }

  const result = new Map<string, VersusHolding>()
  for (const position of snapshot.positions) {
    if (position.status !== 'ok') continue
    let entries: readonly HistoryEntry[] = []
    let shareOfHistory: HistoryShare = { kind: 'all' }
    if (position.v3) entries = v3History.get(position.v3.tokenId) ?? []
    const v4 = position.v4 ? v4Entries.get(position.v4.tokenId) : undefined
    if (position.v4 && !v4) continue
    if (v4) entries = v4.entries
    if (position.v2 && unsplittablePairs.has(position.v2.pair.toLowerCase())) continue
    if (position.v2) {
      entries = v2History.get(position.v2.pair.toLowerCase()) ?? []
      shareOfHistory = shareById.get(position.id) ?? shareOfHistory
    }
    result.set(
      position.id,
      computeVersusHolding({
        position,
        entries,
        timestamps,
        pricesUsd: snapshot.pricesUsd,
        nowTimestamp: snapshot.blockTimestamp,
        shareOfHistory,
        claimedRewards: claimedByPosition.get(position.id) ?? [],
        ...(v4 ? { v4Fees: { unknown: v4.unknown, notes: v4.notes } } : {}),
      }),
    )
  }
  return result
}
