import type { Address, Client } from 'viem'
import type { PositionsSnapshot } from '../domain/positions/model.ts'
import { buildPositionViews } from './buildPositionViews.ts'
import type { PositionsConfig } from './catalogue/positionsConfig.ts'
import type { LogStore } from './history/logStore.ts'
import { readStakerAndV2Logs, stakerTokenIdsOf } from './history/readPositionHistory.ts'
import { readPositionsState } from './readPositionsState.ts'

export interface ReadPositionsParameters {
  account: Address
  config: PositionsConfig
  /** Token ids the account may have in the V3 staker (from its DepositTransferred events). */
  stakerTokenIdCandidates?: readonly bigint[]
  /** Checked between the reader's rounds. */
  signal?: AbortSignal | undefined
}

/**
 * Current state of every V2/V3 position of `account`, valued, as of one block: ≤ 4 eth_calls
 * whatever the number of positions (see readPositionsState).
 * @example const snapshot = await readPositions(client, { account, config: getPositionsConfig(31337)! })
 */
export async function readPositions(
  client: Client,
  parameters: ReadPositionsParameters,
): Promise<PositionsSnapshot> {
  const { account, config, stakerTokenIdCandidates = [], signal } = parameters
  const state = await readPositionsState(client, {
    account,
    contracts: config.contracts,
    v2Pairs: config.v2Pairs,
    farms: config.farms,
    incentives: config.incentives,
    stakerTokenIdCandidates,
    pricing: config.pricing,
    signal,
  })
  return buildPositionViews(state, config.chainId)
}

export interface LoadPositionsParameters {
  account: Address
  config: PositionsConfig
  store: LogStore
  /** Latest block known to the app; event scans stop here. */
  toBlock: bigint
  /** Aborts between rounds when the query is cancelled (a newer block, the page left). */
  signal?: AbortSignal
}

/**
 * The page's current-state load: finds staker deposits from cached events (one getLogs on a warm
 * cache), then reads every position in ≤ 4 eth_calls.
 */
export async function loadPositions(
  client: Client,
  parameters: LoadPositionsParameters,
): Promise<PositionsSnapshot> {
  const { account, config, store, toBlock, signal } = parameters
  const logs = config.contracts.v3Staker ? await readStakerAndV2Logs(client, { config, store, toBlock }) : []
  signal?.throwIfAborted()
  return readPositions(client, {
    account,
    config,
    stakerTokenIdCandidates: stakerTokenIdsOf(logs, config.contracts.v3Staker, account),
    signal,
  })
}
