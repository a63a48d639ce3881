import {
  type Address,
  encodeAbiParameters,
  encodeFunctionData,
  encodePacked,
  type Hex,
  parseAbiParameters,
} from 'viem'
import type { PoolKey } from '../../math/poolId.ts'
import type { TxRequest } from './txRequest.ts'
import { v4PositionManagerWriteAbi } from './writeAbis.ts'

/**
 * v4-periphery `Actions` (src/libraries/Actions.sol, v4-periphery 1.0.3): the command bytes of
 * `PositionManager.modifyLiquidities`. Only the ones Poolscope sends or checks are listed.
 */
export const V4_ACTIONS = {
  INCREASE_LIQUIDITY: 0x00,
  DECREASE_LIQUIDITY: 0x01,
  MINT_POSITION: 0x02,
  BURN_POSITION: 0x03,
  SETTLE_PAIR: 0x0d,
  TAKE_PAIR: 0x11,
  CLOSE_CURRENCY: 0x12,
  CLEAR_OR_TAKE: 0x13,
  SWEEP: 0x14,
} as const

/** One action of an unlock: its command byte and its abi-encoded parameters. */
export type V4ActionStep = { action: number; params: Hex }

/** `unlockData` of modifyLiquidities: abi.encode(bytes actions, bytes[] params), one command byte per step. */
export function encodeV4UnlockData(steps: readonly V4ActionStep[]): Hex {
  const actions = encodePacked(
    steps.map(() => 'uint8'),
    steps.map((step) => step.action),
  )
  return encodeAbiParameters(parseAbiParameters('bytes, bytes[]'), [actions, steps.map((s) => s.params)])
}

/** Parameters of the PositionManager actions, as v4-periphery's CalldataDecoder reads them. */
export const v4Params = {
  /** DECREASE_LIQUIDITY(tokenId, liquidity, amount0Min, amount1Min, hookData): the minimums bound the principal. */
  decrease: (tokenId: bigint, liquidity: bigint, amount0Min: bigint, amount1Min: bigint): Hex =>
    encodeAbiParameters(parseAbiParameters('uint256, uint256, uint128, uint128, bytes'), [
      tokenId,
      liquidity,
      amount0Min,
      amount1Min,
      '0x',
    ]),
  /** BURN_POSITION(tokenId, amount0Min, amount1Min, hookData). */
  burn: (tokenId: bigint, amount0Min: bigint, amount1Min: bigint): Hex =>
    encodeAbiParameters(parseAbiParameters('uint256, uint128, uint128, bytes'), [
      tokenId,
      amount0Min,
      amount1Min,
      '0x',
    ]),
  /** TAKE_PAIR(currency0, currency1, recipient): pays the caller's credit of both; address(0) pays ETH. */
  takePair: (key: PoolKey, recipient: Address): Hex =>
    encodeAbiParameters(parseAbiParameters('address, address, address'), [
      key.currency0,
      key.currency1,
      recipient,
    ]),
}

/** The exact `PositionManager.modifyLiquidities(unlockData, deadline)` the wallet signs. */
export function buildV4ModifyLiquiditiesRequest(parameters: {
  positionManager: Address
  steps: readonly V4ActionStep[]
  deadline: bigint
  kind: string
  label: string
}): TxRequest {
  return {
    kind: parameters.kind,
    label: parameters.label,
    to: parameters.positionManager,
    data: encodeFunctionData({
      abi: v4PositionManagerWriteAbi,
      functionName: 'modifyLiquidities',
      args: [encodeV4UnlockData(parameters.steps), parameters.deadline],
    }),
    valueWei: 0n,
    abi: v4PositionManagerWriteAbi,
    functionName: 'modifyLiquidities',
  }
}

/**
 * Decrease `liquidity` (0 = collect the fees only) and take both currencies to `recipient`, in one
 * modifyLiquidities; with `burn`, BURN_POSITION follows (a close: the decrease leaves 0 liquidity, so the
 * burn moves nothing and only clears the NFT). A native-ETH currency0 is paid as ETH by TAKE_PAIR.
 * V4 owes nothing outside fee growth: what the decrease credits (principal + fees) is what TAKE_PAIR pays.
 */
export function buildV4DecreaseRequest(parameters: {
  positionManager: Address
  tokenId: bigint
  poolKey: PoolKey
  liquidity: bigint
  amount0MinWei: bigint
  amount1MinWei: bigint
  recipient: Address
  deadline: bigint
  burn?: boolean
  kind: string
  label: string
}): TxRequest {
  const { tokenId, poolKey } = parameters
  const steps: V4ActionStep[] = [
    {
      action: V4_ACTIONS.DECREASE_LIQUIDITY,
      params: v4Params.decrease(
        tokenId,
        parameters.liquidity,
        parameters.amount0MinWei,
        parameters.amount1MinWei,
      ),
    },
    { action: V4_ACTIONS.TAKE_PAIR, params: v4Params.takePair(poolKey, parameters.recipient) },
  ]
  if (parameters.burn)
    steps.push({ action: V4_ACTIONS.BURN_POSITION, params: v4Params.burn(tokenId, 0n, 0n) })
  return buildV4ModifyLiquiditiesRequest({
    positionManager: parameters.positionManager,
    steps,
    deadline: parameters.deadline,
    kind: parameters.kind,
    label: parameters.label,
  })
}
