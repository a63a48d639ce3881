import type { InitializedTick } from '../../math/index.ts'

/** Per-tick bookkeeping the pool keeps in `ticks(int24)` (the parts fee accounting needs). */
export interface ReplayTick {
  liquidityGross: bigint
  liquidityNet: bigint
  feeGrowthOutside0X128: bigint
  feeGrowthOutside1X128: bigint
}

/** A V3 pool rebuilt from its events: slot0, liquidity, fee growth and the tick map. */
export interface V3ReplayState {
  feePips: number
  tickSpacing: number
  initialized: boolean
  sqrtPriceX96: bigint
  tick: number
  liquidity: bigint
  feeGrowthGlobal0X128: bigint
  feeGrowthGlobal1X128: bigint
  /** slot0.feeProtocol packing: token0 divisor in the low 4 bits, token1's in the high 4. */
  feeProtocol: number
  ticks: Map<number, ReplayTick>
  /** Initialized ticks ascending; rebuilt lazily after a mint or burn changed the set. */
  sortedTicks: InitializedTick[] | null
}

/**
 * An empty pool (before Initialize) with the given fee tier.
 * @param feePips fee in pips (3000 = 0.3 %); tickSpacing of that tier
 */
export function createV3ReplayState(feePips: number, tickSpacing: number): V3ReplayState {
  return {
    feePips,
    tickSpacing,
    initialized: false,
    sqrtPriceX96: 0n,
    tick: 0,
    liquidity: 0n,
    feeGrowthGlobal0X128: 0n,
    feeGrowthGlobal1X128: 0n,
    feeProtocol: 0,
    ticks: new Map(),
    sortedTicks: [],
  }
}

/** The initialized ticks, ascending, in the shape the swap loop reads. */
export function sortedInitializedTicks(state: V3ReplayState): InitializedTick[] {
  state.sortedTicks ??= [...state.ticks.entries()]
    .map(([tick, info]) => ({ tick, liquidityNet: info.liquidityNet }))
    .sort((a, b) => a.tick - b.tick)
  return state.sortedTicks
}
