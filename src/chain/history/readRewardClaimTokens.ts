import { type Address, type Client, type Hex, pad, toEventSelector } from 'viem'
import { getTransactionReceipt } from 'viem/actions'
import type { V3IncentiveInfo } from '../../domain/catalogue/types.ts'
import type { RawLog } from '../../domain/history/logTypes.ts'
import type { LogStore } from './logStore.ts'
import { REWARD_TOPIC } from './readPositionHistory.ts'

const lower = (value: string) => value.toLowerCase()
const TRANSFER = toEventSelector('Transfer(address,address,uint256)')

export interface ReadRewardClaimTokensParameters {
  chainId: number
  store: LogStore
  logs: readonly RawLog[]
  account: Address
  v3Staker: Address | undefined
  incentives: readonly V3IncentiveInfo[]
}

/**
 * The reward token of each RewardClaimed(to = account) transaction: the staker's event does not
 * name it. With one reward token among the incentives that is the answer (no request); otherwise
 * the token whose Transfer(staker → to) sits in the same receipt (fetched once, then cached). The
 * token is an argument of claimReward, so no log of the history scans holds it: with several reward
 * tokens, one receipt per claim transaction is the cost (none for a single token).
 * @returns transaction hash → lowercase reward token
 */
export async function readRewardClaimTokens(
  client: Client,
  parameters: ReadRewardClaimTokensParameters,
): Promise<Map<Hex, string>> {
  const { chainId, store, logs, account, v3Staker, incentives } = parameters
  const result = new Map<Hex, string>()
  if (!v3Staker) return result
  const accountTopic = lower(pad(account, { size: 32 }))
  const claims = logs.filter(
    (log) =>
      lower(log.address) === lower(v3Staker) &&
      log.topics[0] === REWARD_TOPIC.rewardClaimed &&
      lower(log.topics[1] ?? '') === accountTopic,
  )
  const tokens = [...new Set(incentives.map((incentive) => lower(incentive.rewardToken)))]
  if (tokens.length === 1) {
    for (const claim of claims) result.set(claim.transactionHash, tokens[0] as string)
    return result
  }
  const key = `${chainId}:claimTokens:${lower(v3Staker)}:v1`
  const cached = (await store.get<Record<string, string>>(key)) ?? {}
  const missing = [...new Set(claims.map((claim) => claim.transactionHash))].filter(
    (hash) => !(hash in cached),
  )
  const stakerTopic = lower(pad(v3Staker, { size: 32 }))
  // One receipt per claim transaction not yet cached, all in flight together (a batching transport
  // sends them as one batch): the claimed token is in the call, not in any log the history reads.
  const receipts = await Promise.all(missing.map((hash) => getTransactionReceipt(client, { hash })))
  missing.forEach((hash, index) => {
    const transfer = receipts[index]?.logs.find(
      (log) =>
        log.topics[0] === TRANSFER &&
        lower(log.topics[1] ?? '') === stakerTopic &&
        tokens.includes(lower(log.address)),
    )
    // '' = a claim of 0 (no transfer): remembered so it is not fetched again.
    cached[hash] = transfer ? lower(transfer.address) : ''
  })
  if (missing.length > 0) await store.set(key, cached)
  for (const claim of claims) {
    const token = cached[claim.transactionHash]
    if (token) result.set(claim.transactionHash, token)
  }
  return result
}
