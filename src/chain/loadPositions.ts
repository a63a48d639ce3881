import type { Address, Client } from 'viem'
import type { PositionsSnapshot } from '../domain/positions/model.ts'
import type { PositionsConfig } from './catalogue/positionsConfig.ts'
import type { LogStore } from './history/logStore.ts'
import { readStakerAndV2Logs, stakerTokenIdsOf } from './history/readPositionHistory.ts'
import { readPositions } from './readPositions.ts'

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
