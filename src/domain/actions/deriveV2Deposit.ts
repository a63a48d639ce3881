import { getLiquidityMinted, quote } from '../../math/index.ts'

export type V2Reserves = {
  reserve0: bigint
  reserve1: bigint
  totalSupply: bigint
  /** factory.feeTo() is set (read it: see chain/readV2PairState); omitted means the fee is off. */
  feeOn?: boolean
  /** pair.kLast(), needed when feeOn. */
  kLast?: bigint
}

/**
 * UniswapV2Router02._addLiquidity: the amounts the router actually takes from desired amounts at the
 * current reserves (B is quoted from A first, floored). `tokenA` is the router's first argument:
 * token0 for addLiquidity as Poolscope calls it, the non-WETH token for addLiquidityETH.
 */
export function routerAddAmounts(
  reserves: V2Reserves,
  amount0DesiredWei: bigint,
  amount1DesiredWei: bigint,
  tokenA: 'token0' | 'token1' = 'token0',
): { amount0Wei: bigint; amount1Wei: bigint } {
  const { reserve0, reserve1 } = reserves
  if (reserve0 === 0n && reserve1 === 0n)
    return { amount0Wei: amount0DesiredWei, amount1Wei: amount1DesiredWei }
  if (tokenA === 'token1') {
    const swapped = routerAddAmounts(
      { ...reserves, reserve0: reserve1, reserve1: reserve0 },
      amount1DesiredWei,
      amount0DesiredWei,
    )
    return { amount0Wei: swapped.amount1Wei, amount1Wei: swapped.amount0Wei }
  }
  const amount1Optimal = quote(amount0DesiredWei, reserve0, reserve1)
  if (amount1Optimal <= amount1DesiredWei)
    return { amount0Wei: amount0DesiredWei, amount1Wei: amount1Optimal }
  return { amount0Wei: quote(amount1DesiredWei, reserve1, reserve0), amount1Wei: amount1DesiredWei }
}

/**
 * A V2 deposit from the side the user typed: the other side quoted at the reserves, the amounts the
 * router will take, and the LP tokens minted (with the pending protocol-fee mint when the fee is on).
 */
export function deriveV2Deposit(
  reserves: V2Reserves,
  independent: 'token0' | 'token1',
  amountWei: bigint,
  /** The WETH side when paying in ETH: addLiquidityETH quotes from the other token. */
  nativeSide?: 'token0' | 'token1',
): {
  amount0DesiredWei: bigint
  amount1DesiredWei: bigint
  amount0Wei: bigint
  amount1Wei: bigint
  liquidityWei: bigint
} {
  const { reserve0, reserve1, totalSupply } = reserves
  const amount0DesiredWei = independent === 'token0' ? amountWei : quote(amountWei, reserve1, reserve0)
  const amount1DesiredWei = independent === 'token1' ? amountWei : quote(amountWei, reserve0, reserve1)
  const { amount0Wei, amount1Wei } = routerAddAmounts(
    reserves,
    amount0DesiredWei,
    amount1DesiredWei,
    nativeSide === 'token0' ? 'token1' : 'token0',
  )
  const liquidityWei = getLiquidityMinted({
    reserve0,
    reserve1,
    totalSupply,
    amount0: amount0Wei,
    amount1: amount1Wei,
    feeOn: reserves.feeOn ?? false,
    kLast: reserves.kLast ?? 0n,
  })
  return { amount0DesiredWei, amount1DesiredWei, amount0Wei, amount1Wei, liquidityWei }
}
