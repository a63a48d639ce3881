import { decodeFunctionResult, type Hex } from 'viem'
import type { PositionViewOk } from '../../../domain/positions/model.ts'
import { npmWriteAbi, v3StakerWriteAbi } from '../writeAbis.ts'
import type { ManageActionKind, ReviewAmount } from './buildManageAction.ts'

/**
 * What the simulation of the final transaction says it moves, decoded from its return data: the exact
 * amounts deposited (increase), paid out (remove, collect, V2 remove) or claimed (unstake). undefined when
 * the call returns nothing to show (stake, farm claim/exit).
 */
export function simulatedOutcome(parameters: {
  kind: ManageActionKind
  position: PositionViewOk
  functionName: string
  result: unknown
  nativeSide: 'token0' | 'token1' | undefined
}): { label: string; amounts: ReviewAmount[] } | undefined {
  const { kind, position: p, functionName, result, nativeSide } = parameters
  const pairOf =
    (native: 'token0' | 'token1' | undefined) =>
    (amounts: readonly [bigint, bigint]): ReviewAmount[] => [
      { token: p.token0, amountWei: amounts[0], asEth: native === 'token0' },
      { token: p.token1, amountWei: amounts[1], asEth: native === 'token1' },
    ]
  const pair = pairOf(nativeSide)
  const tokens = pairOf(undefined)
  const multicallResult = (index: number, name: 'collect') =>
    decodeFunctionResult({
      abi: npmWriteAbi,
      functionName: name,
      data: (result as readonly Hex[])[index] as Hex,
    }) as readonly [bigint, bigint]
  try {
    switch (kind) {
      case 'increase': {
        if (functionName !== 'increaseLiquidity') return undefined
        const [, amount0, amount1] = result as readonly [bigint, bigint, bigint]
        return { label: 'The simulation deposits', amounts: tokens([amount0, amount1]) }
      }
      case 'close':
        // multicall [decreaseLiquidity (unless already 0), collect, …, burn].
        return {
          label: 'The simulation pays you',
          amounts: pair(multicallResult(p.v3 && p.v3.liquidity > 0n ? 1 : 0, 'collect')),
        }
      case 'remove-v3':
        // multicall [decreaseLiquidity, collect, …]: the collect pays the removed amounts plus the fees.
        return { label: 'The simulation pays you', amounts: pair(multicallResult(1, 'collect')) }
      case 'collect':
        return {
          label: 'The simulation pays you',
          amounts: pair(
            functionName === 'collect'
              ? (result as readonly [bigint, bigint])
              : multicallResult(0, 'collect'),
          ),
        }
      case 'remove-v2':
        return {
          label: 'The simulation pays you',
          amounts: tokens(result as readonly [bigint, bigint]),
        }
      case 'unstake-v3': {
        const reward = p.pendingRewards[0]?.reward.token
        if (!reward) return undefined
        const claimed = decodeFunctionResult({
          abi: v3StakerWriteAbi,
          functionName: 'claimReward',
          data: (result as readonly Hex[])[1] as Hex,
        })
        return { label: 'The simulation claims', amounts: [{ token: reward, amountWei: claimed }] }
      }
      default:
        return undefined
    }
  } catch {
    return undefined
  }
}
