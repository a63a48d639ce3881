import { type Address, encodeFunctionData } from 'viem'
import type { TxRequest } from './txRequest.ts'
import { stakingRewardsWriteAbi, v2RouterWriteAbi } from './writeAbis.ts'

/**
 * Router02.addLiquidity, or addLiquidityETH when one side is paid in ETH (`nativeToken` is then the
 * WETH side; the router refunds unused ETH itself).
 */
export function buildV2AddRequest(parameters: {
  router: Address
  token0: Address
  token1: Address
  amount0DesiredWei: bigint
  amount1DesiredWei: bigint
  amount0MinWei: bigint
  amount1MinWei: bigint
  to: Address
  deadline: bigint
  nativeSide?: 'token0' | 'token1' | undefined
}): TxRequest {
  const { router, token0, token1, to, deadline, nativeSide } = parameters
  if (nativeSide) {
    const tokenIs0 = nativeSide === 'token1'
    const args = [
      tokenIs0 ? token0 : token1,
      tokenIs0 ? parameters.amount0DesiredWei : parameters.amount1DesiredWei,
      tokenIs0 ? parameters.amount0MinWei : parameters.amount1MinWei,
      tokenIs0 ? parameters.amount1MinWei : parameters.amount0MinWei,
      to,
      deadline,
    ] as const
    return {
      kind: 'add-v2',
      label: 'Add liquidity (V2, with ETH)',
      to: router,
      data: encodeFunctionData({ abi: v2RouterWriteAbi, functionName: 'addLiquidityETH', args }),
      valueWei: tokenIs0 ? parameters.amount1DesiredWei : parameters.amount0DesiredWei,
      abi: v2RouterWriteAbi,
      functionName: 'addLiquidityETH',
    }
  }
  return {
    kind: 'add-v2',
    label: 'Add liquidity (V2)',
    to: router,
    data: encodeFunctionData({
      abi: v2RouterWriteAbi,
      functionName: 'addLiquidity',
      args: [
        token0,
        token1,
        parameters.amount0DesiredWei,
        parameters.amount1DesiredWei,
        parameters.amount0MinWei,
        parameters.amount1MinWei,
        to,
        deadline,
      ],
    }),
    valueWei: 0n,
    abi: v2RouterWriteAbi,
    functionName: 'addLiquidity',
  }
}

/** Router02.removeLiquidity of `liquidityWei` LP tokens (approve the router for the LP token first). */
export function buildV2RemoveRequest(parameters: {
  router: Address
  token0: Address
  token1: Address
  liquidityWei: bigint
  amount0MinWei: bigint
  amount1MinWei: bigint
  to: Address
  deadline: bigint
}): TxRequest {
  return {
    kind: 'remove-v2',
    label: 'Remove liquidity (V2)',
    to: parameters.router,
    data: encodeFunctionData({
      abi: v2RouterWriteAbi,
      functionName: 'removeLiquidity',
      args: [
        parameters.token0,
        parameters.token1,
        parameters.liquidityWei,
        parameters.amount0MinWei,
        parameters.amount1MinWei,
        parameters.to,
        parameters.deadline,
      ],
    }),
    valueWei: 0n,
    abi: v2RouterWriteAbi,
    functionName: 'removeLiquidity',
  }
}

/** StakingRewards actions: stake (after approving the LP token), claim, withdraw, exit (withdraw all + claim). */
export function buildFarmRequest(
  farm: Address,
  action: { kind: 'stake' | 'withdraw'; amountWei: bigint } | { kind: 'getReward' | 'exit' },
): TxRequest {
  const labels = {
    stake: 'Stake LP tokens in the farm',
    withdraw: 'Withdraw LP tokens from the farm',
    getReward: 'Claim farm rewards',
    exit: 'Unstake everything and claim rewards',
  }
  const data =
    action.kind === 'stake' || action.kind === 'withdraw'
      ? encodeFunctionData({
          abi: stakingRewardsWriteAbi,
          functionName: action.kind,
          args: [action.amountWei],
        })
      : encodeFunctionData({ abi: stakingRewardsWriteAbi, functionName: action.kind })
  return {
    kind: `farm-${action.kind}`,
    label: labels[action.kind],
    to: farm,
    data,
    valueWei: 0n,
    abi: stakingRewardsWriteAbi,
    functionName: action.kind,
  }
}
