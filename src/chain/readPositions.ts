import type { Address, Client } from 'viem'
import type { PositionsSnapshot } from '../domain/positions/model.ts'
import { buildPositionViews } from './buildPositionViews.ts'
import type { PositionsConfig } from './catalogue/positionsConfig.ts'
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
