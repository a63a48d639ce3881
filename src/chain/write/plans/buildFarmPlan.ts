import { type Address, formatUnits, parseEventLogs, type TransactionReceipt } from 'viem'
import type { V3IncentiveInfo } from '../../../domain/catalogue/types.ts'
import { buildApprovalSteps } from '../buildApproveRequest.ts'
import { buildFarmRequest } from '../buildV2Requests.ts'
import { buildV3StakeRequest, type IncentiveKey } from '../buildV3Requests.ts'
import { LP_DECIMALS, type TxRequest } from '../txRequest.ts'
import { erc20WriteAbi, npmWriteAbi } from '../writeAbis.ts'

/** The new V3 position's token id, from the mint receipt's IncreaseLiquidity event. */
export function mintedTokenId(receipt: TransactionReceipt): bigint | undefined {
  return parseEventLogs({ abi: npmWriteAbi, eventName: 'IncreaseLiquidity', logs: receipt.logs })[0]?.args
    .tokenId
}

/** LP tokens a V2 add minted to `account`, from the pair's Transfer(0 → account) in the receipt. */
export function mintedLpWei(receipt: TransactionReceipt, pair: Address, account: Address): bigint {
  return parseEventLogs({ abi: erc20WriteAbi, eventName: 'Transfer', logs: receipt.logs })
    .filter(
      (log) =>
        log.address.toLowerCase() === pair.toLowerCase() &&
        log.args.to.toLowerCase() === account.toLowerCase(),
    )
    .reduce((sum, log) => sum + log.args.value, 0n)
}

/** The staker key from the deployments' incentive info. */
export function incentiveKeyOf(incentive: V3IncentiveInfo): IncentiveKey {
  return {
    rewardToken: incentive.rewardToken,
    pool: incentive.pool,
    startTime: BigInt(incentive.startTime),
    endTime: BigInt(incentive.endTime),
    refundee: incentive.refundee,
  }
}

/** Whether an incentive pays at chain time `now` (staking outside the window reverts). */
export function incentiveActive(incentive: V3IncentiveInfo, nowSeconds: bigint): boolean {
  return nowSeconds >= BigInt(incentive.startTime) && nowSeconds < BigInt(incentive.endTime)
}

/**
 * V2: approve exactly the LP amount to the farm (after a reset to 0 if another allowance remains; none
 * if the allowance already covers it), then stake it.
 * @param currentAllowanceWei the LP token's allowance(owner, farm) now
 */
export function buildV2StakePlan(
  farm: Address,
  lpToken: Address,
  amountWei: bigint,
  currentAllowanceWei = 0n,
): TxRequest[] {
  return [
    ...buildApprovalSteps({
      token: lpToken,
      spender: farm,
      currentAllowanceWei,
      amountWei,
      kind: 'approve-lp',
      symbol: 'LP',
      label: `Approve ${formatUnits(amountWei, LP_DECIMALS)} LP tokens for the farm`,
      display: { symbol: 'LP', decimals: LP_DECIMALS, purpose: 'for the farm' },
    }),
    buildFarmRequest(farm, { kind: 'stake', amountWei }),
  ]
}

/** V3: one transaction, deposit + stake via safeTransferFrom with the encoded key. */
export function buildV3StakePlan(parameters: {
  npm: Address
  staker: Address
  owner: Address
  tokenId: bigint
  incentive: V3IncentiveInfo
}): TxRequest[] {
  return [buildV3StakeRequest({ ...parameters, key: incentiveKeyOf(parameters.incentive) })]
}
