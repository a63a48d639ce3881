import type { Address } from 'viem'
import { getTokensOwed } from '../../math/feeGrowth.ts'
import { decodeHookPermissions, HOOK_FLAGS, type HookPermissions } from '../../math/hooks.ts'
import { toPoolId } from '../../math/poolId.ts'
import { getPositionAmounts } from '../../math/positionAmounts.ts'
import { decodePositionInfo, poolIdPrefix } from '../../math/positionInfo.ts'
import { shareOfActiveLiquidity } from '../figures/shareOfActiveLiquidity.ts'
import type { PositionView, TokenAmount, TokenMeta, V4HookInfo } from './model.ts'
import type { V4PositionRawState } from './positionsRawState.ts'
import { priceRange } from './priceRange.ts'

/** v4-core `LPFeeLibrary.DYNAMIC_FEE_FLAG`: a pool key fee of this value means the hook sets the fee. */
export const DYNAMIC_FEE_FLAG = 0x800000

const ZERO_ADDRESS: Address = '0x0000000000000000000000000000000000000000'

/** V4 currency address(0): native ETH (18 decimals, no contract to ask). */
export const NATIVE_ETH: TokenMeta = {
  address: ZERO_ADDRESS,
  symbol: 'ETH',
  displaySymbol: 'ETH',
  name: 'Ether',
  decimals: 18,
  unusualDecimals: false,
  metadataOk: true,
}

const RETURN_DELTA_FLAGS: readonly (keyof HookPermissions)[] = [
  'beforeSwapReturnDelta',
  'afterSwapReturnDelta',
  'afterAddLiquidityReturnDelta',
  'afterRemoveLiquidityReturnDelta',
]

/**
 * THE hook of a V4 pool as Poolscope shows it: its decoded permissions (v4-core `Hooks`: the low 14 bits of
 * the address), those set, and whether any return-delta permission lets it change what LPs receive.
 * @returns null for address(0) (no hook)
 */
export function v4HookInfo(hooks: Address): V4HookInfo | null {
  if (BigInt(hooks) === 0n) return null
  const permissions = decodeHookPermissions(hooks)
  const enabled = (Object.keys(HOOK_FLAGS) as (keyof HookPermissions)[]).filter((flag) => permissions[flag])
  return {
    address: hooks,
    permissions,
    enabled,
    mayAlterAmounts: RETURN_DELTA_FLAGS.some((flag) => permissions[flag]),
  }
}

export interface BuildV4PositionViewContext {
  blockNumber: bigint
  /** Token metadata by address (address(0) is native ETH). */
  meta: (address: Address) => TokenMeta
  /** An exact amount valued in USD (null without a price). */
  amountOf: (token: TokenMeta, amountWei: bigint) => TokenAmount
  /** Why a token's amounts cannot be formatted (its decimals() failed), if so. */
  decimalsProblem: (...tokens: Address[]) => string | undefined
}

/** Sum of USD values; null when any non-zero part has no price. */
function sumUsd(amounts: readonly TokenAmount[]): number | null {
  let total = 0
  for (const amount of amounts) {
    if (amount.amountWei === 0n) continue
    if (amount.valueUsd === null) return null
    total += amount.valueUsd
  }
  return total
}

/**
 * The view of one V4 position, from what PositionManager and StateView answered at the snapshot's block:
 * - amounts: what DECREASE_LIQUIDITY(all) pays, from the pool's slot0 (getPositionAmounts, rounded down);
 * - uncollected fees: mulDiv(feeGrowthInside now − the position's last, liquidity, 2^128) per token, what
 *   any modifyLiquidity (a DECREASE of 0 included) credits; V4 has no tokensOwed, so all that is owed is fees;
 * - USD: native ETH at WETH's price (the caller's `amountOf`).
 * A failed read, a pool key that is not the one the position's info points to, or a PoolManager entry whose
 * liquidity differs from PositionManager's makes the view 'unavailable' with the reason.
 */
export function buildV4PositionView(
  entry: V4PositionRawState,
  context: BuildV4PositionViewContext,
): PositionView {
  const { blockNumber, meta, amountOf, decimalsProblem } = context
  const base = {
    id: `v4:${entry.tokenId}`,
    protocol: 'v4' as const,
    location: 'wallet' as const,
    blockNumber,
  }
  if (!entry.position.ok) {
    const unknown = meta(ZERO_ADDRESS)
    return {
      ...base,
      status: 'unavailable',
      reason: `PositionManager did not answer for V4 #${entry.tokenId} (${firstLine(entry.position.error)})`,
      token0: { ...unknown, symbol: '?', displaySymbol: '?' },
      token1: { ...unknown, symbol: '?', displaySymbol: '?' },
      v3: null,
      v2: null,
      v4: { tokenId: entry.tokenId },
    }
  }
  const { poolKey, info, liquidity, subscriber } = entry.position.value
  const poolId = toPoolId(poolKey)
  const token0 = meta(poolKey.currency0)
  const token1 = meta(poolKey.currency1)
  const unavailable = (reason: string, burned = false): PositionView => ({
    ...base,
    status: 'unavailable',
    reason,
    token0,
    token1,
    v3: null,
    v2: null,
    v4: { tokenId: entry.tokenId, poolId, poolKey, ...(burned ? { burned: true } : {}) },
  })
  // A burned (or never minted) NFT has no position info: PositionManager answers a zero key and word.
  if (info === 0n)
    return unavailable(
      `V4 #${entry.tokenId} does not exist (burned or never minted): PositionManager has no position info for it`,
      true,
    )
  const { tickLower, tickUpper, poolIdPrefix: infoPrefix } = decodePositionInfo(info)
  if (infoPrefix.toLowerCase() !== poolIdPrefix(poolId))
    return unavailable(
      `PositionManager's pool key for V4 #${entry.tokenId} is not the pool its position info names`,
    )
  if (!entry.pool.ok) return unavailable(`pool ${poolId} could not be read (${firstLine(entry.pool.error)})`)
  const decimalsError = decimalsProblem(poolKey.currency0, poolKey.currency1)
  if (decimalsError) return unavailable(decimalsError)
  const pool = entry.pool.value
  if (pool.positionLiquidity !== liquidity)
    return unavailable(
      `the PoolManager holds liquidity ${pool.positionLiquidity} for V4 #${entry.tokenId}, PositionManager says ${liquidity}`,
    )

  const amounts = getPositionAmounts(pool.tick, pool.sqrtPriceX96, tickLower, tickUpper, liquidity)
  const fees0 = getTokensOwed(pool.feeGrowthInside0LastX128, pool.feeGrowthInside0X128, liquidity)
  const fees1 = getTokensOwed(pool.feeGrowthInside1LastX128, pool.feeGrowthInside1X128, liquidity)
  const amount0 = amountOf(token0, amounts.amount0)
  const amount1 = amountOf(token1, amounts.amount1)
  const owed0 = amountOf(token0, fees0)
  const owed1 = amountOf(token1, fees1)
  const range = priceRange(tickLower, pool.tick, tickUpper, token0.decimals, token1.decimals)
  const inRange = pool.tick >= tickLower && pool.tick < tickUpper
  const dynamicFee = poolKey.fee === DYNAMIC_FEE_FLAG
  return {
    ...base,
    status: 'ok',
    token0,
    token1,
    amount0,
    amount1,
    owed0,
    owed1,
    uncollectedFees0: owed0,
    uncollectedFees1: owed1,
    withdrawnUncollected0: amountOf(token0, 0n),
    withdrawnUncollected1: amountOf(token1, 0n),
    pendingRewards: [],
    valueUsd: sumUsd([amount0, amount1, owed0, owed1]),
    v3: null,
    v2: null,
    v4: {
      tokenId: entry.tokenId,
      poolKey,
      poolId,
      fee: dynamicFee ? pool.lpFee : poolKey.fee,
      dynamicFee,
      hook: v4HookInfo(poolKey.hooks),
      subscriber: BigInt(subscriber) === 0n ? null : subscriber,
      tickLower,
      tickUpper,
      tickCurrent: pool.tick,
      sqrtPriceX96: pool.sqrtPriceX96,
      liquidity,
      poolLiquidity: pool.poolLiquidity,
      range,
      inRange,
      distanceToLowerPct: (range.lowerPrice0In1 / range.currentPrice0In1 - 1) * 100,
      distanceToUpperPct: (range.upperPrice0In1 / range.currentPrice0In1 - 1) * 100,
      shareOfActiveLiquidity: shareOfActiveLiquidity({
        liquidity,
        activeLiquidity: pool.poolLiquidity,
        inRange,
      }),
      closed: liquidity === 0n,
    },
  }
}

const firstLine = (error: string) => error.split('\n')[0]?.slice(0, 120) ?? error
