import { type Address, type Hex, hexToBigInt, pad } from 'viem'
import type { StakingRewardsInfo, V3IncentiveInfo } from '../catalogue/types.ts'
import type { PositionView, TokenAmount } from '../positions/model.ts'
import { amountToUsd } from '../pricing/computeUsdPrices.ts'
import type { RawLog } from './logTypes.ts'

const lower = (value: string) => value.toLowerCase()
const topicOf = (address: Address) => lower(pad(address, { size: 32 }))

export interface AttributeClaimedRewardsParameters {
  /** The shared staker + V2 + farms log (readStakerAndV2Logs). */
  logs: readonly RawLog[]
  account: Address
  positions: readonly PositionView[]
  farms: readonly StakingRewardsInfo[]
  v3Staker: Address | undefined
  incentives: readonly V3IncentiveInfo[]
  /** Staker rewards credited to the account but not claimed (snapshot); null = unreadable. */
  stakerRewardsOwed: readonly TokenAmount[] | null
  /** Reward token (lowercase) of each RewardClaimed transaction of the account (readRewardClaimTokens). */
  claimTokenByTx: ReadonlyMap<Hex, string>
  pricesUsd: Readonly<Record<string, number | null>>
  /** Topic0 of RewardPaid, RewardClaimed and TokenUnstaked (from the generated ABIs, passed in by the reader). */
  rewardTopics: Readonly<{ rewardPaid: Hex; rewardClaimed: Hex; tokenUnstaked: Hex }>
}

/**
 * Rewards already paid or credited, per position id, exact wei:
 * - StakingRewards: every RewardPaid(account) of a farm goes to the account's position in that farm.
 * - V3 staker: rewards are credited per OWNER at unstake (no amount in TokenUnstaked) and claimed per
 *   owner, so the account's realized total per reward token = rewards(token, account) + Σ
 *   RewardClaimed(to = account). It goes to the account's positions that were unstaked from an
 *   incentive paying that token; exact with one such position, split evenly (remainder to the
 *   lowest token id) between several, since the chain keeps no per-position split.
 * @returns position id → claimed rewards; null where the amount is unknown (unreadable owed balance)
 */
export function attributeClaimedRewards(
  parameters: AttributeClaimedRewardsParameters,
): Map<string, TokenAmount[] | null> {
  const {
    logs,
    account,
    positions,
    farms,
    v3Staker,
    incentives,
    stakerRewardsOwed,
    claimTokenByTx,
    pricesUsd,
    rewardTopics,
  } = parameters
  const accountTopic = topicOf(account)
  const result = new Map<string, TokenAmount[] | null>()
  const add = (positionId: string, amount: TokenAmount) => {
    const current = result.get(positionId)
    if (current === null) return
    result.set(positionId, [...(current ?? []), amount])
  }
  const amountOf = (template: TokenAmount, amountWei: bigint): TokenAmount => ({
    token: template.token,
    amountWei,
    valueUsd: amountToUsd(amountWei, template.token.decimals, pricesUsd[lower(template.token.address)]),
  })

  // ---- StakingRewards ----
  for (const farm of farms) {
    let paidWei = 0n
    for (const log of logs)
      if (
        lower(log.address) === lower(farm.address) &&
        log.topics[0] === rewardTopics.rewardPaid &&
        lower(log.topics[1] ?? '') === accountTopic
      )
        paidWei += hexToBigInt(log.data)
    if (paidWei === 0n) continue
    const position = positions.find(
      (p) => p.status === 'ok' && p.v2?.farm !== null && lower(p.v2?.farm ?? '') === lower(farm.address),
    )
    const template = position?.status === 'ok' ? position.pendingRewards[0]?.reward : undefined
    if (position && template) add(position.id, amountOf(template, paidWei))
  }

  // ---- V3 staker ----
  if (!v3Staker) return result
  const stakerLogs = logs.filter((log) => lower(log.address) === lower(v3Staker))
  const rewardTokenByIncentive = new Map(incentives.map((i) => [lower(i.incentiveId), lower(i.rewardToken)]))
  // token → token ids of the account's positions unstaked from an incentive paying it
  const unstakedByToken = new Map<string, Set<bigint>>()
  const accountTokenIds = new Map<bigint, string>()
  for (const p of positions) if (p.status === 'ok' && p.v3) accountTokenIds.set(p.v3.tokenId, p.id)
  for (const log of stakerLogs) {
    if (log.topics[0] !== rewardTopics.tokenUnstaked) continue
    const tokenId = hexToBigInt(log.topics[1] as Hex)
    const token = rewardTokenByIncentive.get(lower(log.topics[2] ?? ''))
    if (token === undefined || !accountTokenIds.has(tokenId)) continue
    const ids = unstakedByToken.get(token) ?? new Set<bigint>()
    ids.add(tokenId)
    unstakedByToken.set(token, ids)
  }
  const claimedByToken = new Map<string, bigint>()
  for (const log of stakerLogs) {
    if (log.topics[0] !== rewardTopics.rewardClaimed || lower(log.topics[1] ?? '') !== accountTopic) continue
    const token = claimTokenByTx.get(log.transactionHash)
    if (token === undefined) continue
    claimedByToken.set(token, (claimedByToken.get(token) ?? 0n) + hexToBigInt(log.data))
  }
  for (const [token, tokenIds] of unstakedByToken) {
    const sorted = [...tokenIds].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    const owed = stakerRewardsOwed?.find((o) => lower(o.token.address) === token)
    if (!owed) {
      for (const tokenId of sorted) result.set(accountTokenIds.get(tokenId) as string, null)
      continue
    }
    const realizedWei = owed.amountWei + (claimedByToken.get(token) ?? 0n)
    if (realizedWei === 0n) continue
    const shareWei = realizedWei / BigInt(sorted.length)
    const remainderWei = realizedWei - shareWei * BigInt(sorted.length)
    sorted.forEach((tokenId, index) => {
      add(
        accountTokenIds.get(tokenId) as string,
        amountOf(owed, shareWei + (index === 0 ? remainderWei : 0n)),
      )
    })
  }
  return result
}
