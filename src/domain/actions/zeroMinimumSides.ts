/**
 * The sides a deposit takes but whose minimum is 0: the slippage band is wider than the range on that
 * side, so the mint cannot revert on that side's price. The review must warn and have it acknowledged.
 * @example zeroMinimumSides({ amount0Wei: 5n, amount1Wei: 7n, amount0MinWei: 0n, amount1MinWei: 6n }) // ['token0']
 */
export function zeroMinimumSides(amounts: {
  amount0Wei: bigint
  amount1Wei: bigint
  amount0MinWei: bigint
  amount1MinWei: bigint
}): Array<'token0' | 'token1'> {
  const sides: Array<'token0' | 'token1'> = []
  if (amounts.amount0Wei > 0n && amounts.amount0MinWei === 0n) sides.push('token0')
  if (amounts.amount1Wei > 0n && amounts.amount1MinWei === 0n) sides.push('token1')
  return sides
}
