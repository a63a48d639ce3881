/** One action's gas units and where the figure comes from. */
export type GasFigure = { units: number; source: string }

const MEASURED =
  'measured on the devnet (Uniswap V3 npm artifacts) from receipts, WETH/USDC 0.3 %; re-measured by test/integration/simulator-gas-units.test.ts'

/**
 * Gas units per LP action, measured from real receipts (see `source`). Rebalancing = remove + collect,
 * one swap, one mint. Actual gas varies with state: a wallet's first position NFT costs ~21k more
 * (474,679 measured), a swap that crosses initialized ticks more; GAS_UNITS_TOLERANCE is the band the
 * re-measuring test holds the table to.
 */
export const GAS_UNITS = {
  /** NonfungiblePositionManager.mint on fresh ticks (the app's buildV3MintRequest): 453,200–453,284. */
  mint: { units: 453_300, source: MEASURED },
  /** NPM multicall(decreaseLiquidity all, collect max) (the app's buildV3RemoveAndCollectRequest): 219,068–219,112. */
  removeAndCollect: { units: 219_100, source: MEASURED },
  /** SwapRouter.exactInputSingle within one initialized tick range: 100,497. */
  swap: { units: 100_500, source: MEASURED },
} as const satisfies Record<string, GasFigure>

/** Relative band around each table figure that the re-measured receipts must fall in. */
export const GAS_UNITS_TOLERANCE = 0.05

/** Gas units of the simulator's three cost events. */
export type StrategyGasUnits = { entry: number; exit: number; rebalance: number }

/**
 * Gas units of entering (mint), exiting (remove + collect) and one rebalance (remove + collect, swap
 * to the new ratio, mint) from the measured table.
 */
export const STRATEGY_GAS_UNITS: StrategyGasUnits = {
  entry: GAS_UNITS.mint.units,
  exit: GAS_UNITS.removeAndCollect.units,
  rebalance: GAS_UNITS.removeAndCollect.units + GAS_UNITS.swap.units + GAS_UNITS.mint.units,
}
