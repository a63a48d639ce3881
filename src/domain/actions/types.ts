/** User input of the add-liquidity form, kept apart from everything derived from it. */
export type AddLiquidityForm = {
  poolAddress: string
  /** V3 range in ticks (already snapped by the range controls). */
  tickLower: number
  tickUpper: number
  /** The side the user typed; the other is derived. */
  independent: 'token0' | 'token1'
  amountText: string
  /** Pay the WETH side in native ETH. */
  useNative: boolean
  /** Opt-in, with a warning: approve unlimited instead of the exact amount. */
  unlimitedApproval: boolean
}

/** Remembered review settings. */
export type AddLiquiditySettings = { slippageBps: number; deadlineMinutes: number }
