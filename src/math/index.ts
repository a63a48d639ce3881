// Public API of the exact AMM math core: pure functions, bigint for on-chain amounts,
// numbers only for risk, statistics and display.
export * from './constants.ts'
export { MathError, type MathErrorCode } from './errors.ts'
export { type ExpectedImpermanentLossParameters, expectedImpermanentLoss } from './expectedIl.ts'
export {
  type FeeAprFromFeeGrowthParameters,
  type FeeAprFromVolumeParameters,
  feeAprFromFeeGrowth,
  feeAprFromVolume,
  type PoolFeeAprParameters,
  poolFeeApr,
  type V2PairSnapshot,
  v2FeeYield,
} from './feeApr.ts'
export {
  type FeeGrowthInside,
  type FeeGrowthInsideParameters,
  getFeeGrowthInside,
  getTokensOwed,
} from './feeGrowth.ts'
export { divRoundingUp, mulDiv, mulDivRoundingUp } from './fullMath.ts'
export { ALL_HOOK_MASK, decodeHookPermissions, HOOK_FLAGS, type HookPermissions } from './hooks.ts'
export {
  type ImpermanentLossCurveParameters,
  type ImpermanentLossV3Parameters,
  impermanentLossV2,
  impermanentLossV3,
  impermanentLossV3Curve,
} from './impermanentLoss.ts'
export {
  getAmountsForLiquidity,
  getLiquidityForAmount0,
  getLiquidityForAmount1,
  getLiquidityForAmounts,
  type PositionAmounts,
} from './liquidityAmounts.ts'
export {
  type BreakEvenVolatilityParameters,
  breakEvenVolatility,
  type LvrRateParameters,
  lvrRate,
} from './lvr.ts'
export {
  type Distribution,
  type MonteCarloParameters,
  type MonteCarloResult,
  type ReturnBucket,
  simulateLpReturns,
} from './monteCarlo.ts'
export { erf, erfc, normalCdf } from './normal.ts'
export { type PoolKey, toPoolId } from './poolId.ts'
export { calculatePositionKey, positionManagerPositionKey } from './position.ts'
export { getModifyLiquidityAmounts, getPositionAmounts } from './positionAmounts.ts'
export { decodePositionInfo, encodePositionInfo, type PositionInfo, poolIdPrefix } from './positionInfo.ts'
export {
  encodeSqrtRatioX96,
  nearestUsableTick,
  priceToTick,
  type Ratio,
  ratioToTick,
  sqrtPriceX96ToPrice,
  tickToPrice,
  tickToRatio,
} from './price.ts'
export { createSeededRandom, type SeededRandom } from './random.ts'
export {
  notifyRewardAmount,
  type StakingRewardAprParameters,
  type StakingRewardsAccount,
  type StakingRewardsState,
  stakingRewardApr,
  stakingRewardPerToken,
  stakingRewardsEarned,
  type V3StakerRewardParameters,
  v3StakerReward,
} from './rewards.ts'
export {
  type InitializedTick,
  type SimulateSwapParameters,
  type SwapPoolState,
  type SwapSimulationResult,
  type SwapStep,
  simulateSwap,
} from './simulateSwap.ts'
export { isqrt } from './sqrt.ts'
export {
  getAmount0Delta,
  getAmount0DeltaSigned,
  getAmount1Delta,
  getAmount1DeltaSigned,
  getNextSqrtPriceFromInput,
  getNextSqrtPriceFromOutput,
} from './sqrtPriceMath.ts'
export { computeSwapStep, type SwapStepResult } from './swapMath.ts'
export { getSqrtRatioAtTick, getTickAtSqrtRatio } from './tickMath.ts'
export {
  getAmountIn,
  getAmountOut,
  getLiquidityMinted,
  getLiquidityValue,
  getProtocolFeeLiquidity,
  type LiquidityMintedParameters,
  type LiquidityValueParameters,
  type ProtocolFeeParameters,
  quote,
} from './v2.ts'
