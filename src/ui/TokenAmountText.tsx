import { formatTokenAmount } from './format/formatTokenAmount.ts'

/**
 * A raw token amount at reading precision (four significant digits, at most six decimals), with every
 * digit one hover away (title) and in `data-exact` (the decimal string; tests compare it with the chain).
 * @param symbol shown after the amount and in the title; omit for a bare number
 */
export function TokenAmountText({
  amountWei,
  decimals,
  symbol,
  testId,
  className,
}: {
  amountWei: bigint
  decimals: number
  symbol?: string
  testId?: string
  className?: string
}) {
  const { display, exact } = formatTokenAmount(amountWei, decimals)
  const unit = symbol === undefined ? '' : ` ${symbol}`
  return (
    <span data-testid={testId} data-exact={exact} title={`${exact}${unit}`} className={className}>
      {display}
      {unit}
    </span>
  )
}
