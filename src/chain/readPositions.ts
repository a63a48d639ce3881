import type { Address, Client } from 'viem'
import type { PositionsSnapshot } from '../domain/positions/model.ts'
import { buildPositionViews } from './buildPositionViews.ts'
import type { PositionsConfig } from './catalogue/positionsConfig.ts'
import type { LogStore } from './history/logStore.ts'
import { type ReadPositionsStateParameters, readPositionsState } from './readPositionsState.ts'

export interface ReadPositionsParameters {
  account: Address
  config: PositionsConfig
  /** Extra token ids the account may have in the V3 staker (the staker's NFTs are enumerated anyway). */
  stakerTokenIdCandidates?: readonly bigint[]
  /** Read every round at this block; round 1's block (latest) when omitted. */
  blockNumber?: bigint | undefined
  /** Checked between the reader's rounds. */
  signal?: AbortSignal | undefined
  /** Read only the newest this-many V3 positions (the snapshot's `v3Page` says of how many); all when omitted. */
  v3Limit?: number | undefined
  /** Told of every multicall sent (see readPositionsState). */
  onMulticall?: ReadPositionsStateParameters['onMulticall']
  /**
   * The account's V4 token ids (findV4TokenIds, from PositionManager Transfer logs), or why they could not be
   * found: read with the V2/V3 state (no extra request). Omitted, or on a chain without V4: no V4 read.
   */
  v4TokenIds?: V4TokenIds | undefined
}

/** The account's V4 token ids, or why they could not be found. */
export type V4TokenIds = { ok: true; value: readonly bigint[] } | { ok: false; error: string }

/**
 * Current state of every V2/V3 (and, given its token ids, V4) position of `account`, valued, as of one block: ≤ 5 eth_calls
 * whatever the number of positions, no log (see readPositionsState).
 * @example const snapshot = await readPositions(client, { account, config: getPositionsConfig(31337)! })
 */
export async function readPositions(
  client: Client,
  parameters: ReadPositionsParameters,
): Promise<PositionsSnapshot> {
  const {
    account,
    config,
    stakerTokenIdCandidates = [],
    blockNumber,
    signal,
    v3Limit,
    onMulticall,
    v4TokenIds,
  } = parameters
  const state = await readPositionsState(client, {
    account,
    contracts: config.contracts,
    v2Pairs: config.v2Pairs,
    farms: config.farms,
    incentives: config.incentives,
    stakerTokenIdCandidates,
    pricing: config.pricing,
    blockNumber,
    signal,
    v3Limit,
    onMulticall,
    v4:
      config.v4 && v4TokenIds
        ? {
            positionManager: config.v4.positionManager,
            stateView: config.v4.stateView,
            wrappedNative: config.v4.wrappedNative,
            tokenIds: v4TokenIds,
          }
        : undefined,
  })
  return buildPositionViews(state, config.chainId)
}

export interface LoadPositionsParameters {
  account: Address
  config: PositionsConfig
  /** Kept for callers; the current-state load reads no log. */
  store?: LogStore
  /** The head the load is pinned to (the chain-health poll's block): every read is at this block. */
  toBlock: bigint
  /** Aborts between rounds when the query is cancelled (a newer block, the page left). */
  signal?: AbortSignal
  /** Read only the newest this-many V3 positions (a page); all when omitted. */
  v3Limit?: number | undefined
  /** Told of every multicall sent (see readPositionsState). */
  onMulticall?: ReadPositionsStateParameters['onMulticall']
  /** The account's V4 token ids, found beforehand from logs (see ReadPositionsParameters). */
  v4TokenIds?: V4TokenIds | undefined
}

/**
 * The page's current-state load: every position (wallet and staked in the V3 staker, found by
 * enumerating the staker's NFTs, not from logs), or with `v3Limit` the newest page of the V3 ones,
 * read at `toBlock` in ≤ 5 eth_calls (more only for enumerations past one multicall's gas or answer
 * budget) and no eth_getLogs. Event history fills in afterwards (versus-holding, incentives discovery).
 */
export async function loadPositions(
  client: Client,
  parameters: LoadPositionsParameters,
): Promise<PositionsSnapshot> {
  const { account, config, toBlock, signal, v3Limit, onMulticall, v4TokenIds } = parameters
  signal?.throwIfAborted()
  return readPositions(client, {
    account,
    config,
    blockNumber: toBlock,
    signal,
    v3Limit,
    onMulticall,
    v4TokenIds,
  })
}
