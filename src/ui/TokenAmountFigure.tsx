import { formatTokenAmount } from './format/formatTokenAmount.ts'
import { formatUsd } from './format/formatUsd.ts'
import { type SymbolToken, TokenSymbol } from './TokenSymbol.tsx'

/** An exact amount of a token and its USD value (the positions model's TokenAmount has this shape). */
export interface FigureAmount {
  token: SymbolToken & { decimals: number }
  amountWei: bigint
  /** USD value of `amountWei`, null when the token has no price route. */
  valueUsd: number | null
}

/**
 * An exact on-chain amount: rounded for reading, every digit in the title and in `data-exact`, the raw
 * wei in `data-wei` (tests compare them with the contracts), and its USD value or "no price".
 */
export function TokenAmountFigure({
  amount,
  testId,
  showUsd = true,
}: {
  amount: FigureAmount
  testId: string
  showUsd?: boolean
}) {
  const { display, exact } = formatTokenAmount(amount.amountWei, amount.token.decimals)
  return (
    <span
      data-testid={testId}
      data-wei={amount.amountWei.toString()}
      data-exact={exact}
      data-token={amount.token.address}
      className="flex min-w-0 flex-wrap items-baseline gap-x-1"
    >
      <span className="font-mono tabular-nums" title={`${exact} ${amount.token.symbol}`}>
        {display}
      </span>
      <TokenSymbol token={amount.token} className="text-slate-600 dark:text-slate-300" />
      {showUsd && (
        <span
          className={
            amount.valueUsd === null
              ? 'text-xs text-amber-700 dark:text-amber-300'
              : 'text-xs text-slate-500 dark:text-slate-400'
          }
        >
          {amount.valueUsd === null ? 'no price' : formatUsd(amount.valueUsd)}
        </span>
      )}
    </span>
  )
}
