import type { ReactNode } from 'react'
import { REALIZED_FEE_APR_BASIS } from '../../../domain/figures/realizedFeeApr.ts'
import type { PositionViewOk, VersusHolding } from '../../../domain/positions/model.ts'
import { formatChainDate } from '../../../ui/format/formatChainDate.ts'
import { formatPercent } from '../../../ui/format/formatPercent.ts'
import { formatPrice } from '../../../ui/format/formatPrice.ts'
import { formatTokenAmount } from '../../../ui/format/formatTokenAmount.ts'
import { formatSignedUsd, formatUsd } from '../../../ui/format/formatUsd.ts'
import { SIGN_TONE_CLASS, usdSignTone } from '../../../ui/format/minusSign.ts'
import { TokenSymbol } from '../../../ui/TokenSymbol.tsx'
import { InfoTip } from './InfoTip.tsx'

export interface VersusHoldingFiguresProps {
  position: PositionViewOk
  isLoading: boolean
  error: Error | null
}

/** "Versus holding": deposits, hold value, IL, lifetime fees, rewards, net PnL and fee APR, each explained. */
export function VersusHoldingFigures({ position, isLoading, error }: VersusHoldingFiguresProps) {
  const figures = position.versusHolding
  if (!figures)
    return (
      <p className="text-sm text-slate-500 dark:text-slate-400" data-testid="versus-holding-pending">
        {error
          ? 'Versus holding: history unavailable.'
          : isLoading
            ? 'Versus holding: reading the position’s history…'
            : position.protocol === 'v4'
              ? 'Versus holding: unavailable — the V4 fee history (the PoolManager’s logs and the changes’ receipts) could not be read.'
              : 'Versus holding: unavailable — the position’s history could not be attributed to it (another holding of the same pair is unavailable).'}
      </p>
    )
  return (
    // No aria-label: a named section is a region landmark, every card has one, and landmarks must
    // have distinct names. Its h4 heads it.
    <section data-testid="versus-holding">
      <h4 className="mb-2 text-sm font-semibold text-slate-800 dark:text-slate-200">Versus holding</h4>
      <dl className="grid grid-cols-2 gap-x-4 gap-y-3 text-sm sm:grid-cols-4">
        <Figure
          label="Deposited"
          tip="Net deposited: deposits minus principal withdrawn, from the position's own on-chain events. The date is the first deposit's block time."
        >
          <Deposited position={position} figures={figures} />
        </Figure>
        <Figure
          label="Hold value"
          tip={`What the net deposited tokens would be worth now if simply held. ${valuationBasisText(position, figures)}`}
        >
          {formatUsd(figures.holdValueUsd)}
        </Figure>
        <Figure
          label={position.protocol === 'v2' ? 'IL incl. fees' : 'Impermanent loss'}
          tip={`${
            position.protocol === 'v2'
              ? 'Current value of the LP tokens minus the hold value. V2 fees compound inside the LP tokens, so this is impermanent loss net of the fees earned; negative means the pool left you worse off than holding.'
              : "Current value of the position's tokens (fees excluded) minus the hold value; negative means the pool left you worse off than holding."
          } ${valuationBasisText(position, figures)}`}
        >
          <Signed value={figures.impermanentLossUsd} />{' '}
          <span className="text-xs text-slate-500 dark:text-slate-400">
            {formatPercent(figures.impermanentLossFraction, { signed: true })}
          </span>
        </Figure>
        <Figure
          label="Lifetime fees"
          tip={
            position.protocol === 'v2'
              ? 'V2 fees compound into the LP tokens and are already inside the amounts; they cannot be split out.'
              : position.protocol === 'v4'
                ? `Fees already paid plus fees still uncollected, in USD. V4 has no Collect event: each modification paid the position's accrued fees, found as what the owner received in that transaction (its Transfer logs) minus the principal of the liquidity change at the pool's price just before it.${
                    figures.feeNotes && figures.feeNotes.length > 0
                      ? ` Estimate: ${figures.feeNotes.join('; ')}.`
                      : ' Exact to the wei.'
                  }`
                : 'Fees already collected plus fees still uncollected, in USD.'
          }
        >
          <span data-testid="lifetime-fees">
            {figures.lifetimeFeesUsd === null
              ? position.protocol === 'v2'
                ? 'in amounts'
                : figures.feeNotes && figures.feeNotes.length > 0
                  ? 'unavailable'
                  : 'no price'
              : formatUsd(figures.lifetimeFeesUsd)}
          </span>
          {figures.lifetimeFeesUsd !== null && figures.feeNotes && figures.feeNotes.length > 0 && (
            <span
              className="block text-xs text-amber-700 dark:text-amber-300"
              data-testid="lifetime-fees-estimate"
            >
              estimate
            </span>
          )}
          {position.protocol === 'v4' && <CollectedFees position={position} figures={figures} />}
        </Figure>
        <Figure
          label="Rewards"
          tip="Liquidity-mining rewards earned by this position, in USD: pending plus already paid (farm RewardPaid events; V3 staker rewards credited at unstake, claimed or not). The staker keeps credited rewards per owner, so several unstaked positions share them evenly."
        >
          {formatUsd(figures.rewardsUsd)}
        </Figure>
        <Figure
          label="Net PnL"
          tip="Lifetime fees + rewards + impermanent loss: what providing liquidity earned versus simply holding."
        >
          <Signed value={figures.netPnlUsd} />
        </Figure>
        <Figure label="Realized fee APR" tip={REALIZED_FEE_APR_BASIS}>
          <span data-testid="realized-fee-apr">
            {figures.realizedFeeAprTooRecent ? (
              <span className="text-slate-500 dark:text-slate-400">too recent</span>
            ) : (
              formatPercent(figures.realizedFeeApr)
            )}
          </span>
        </Figure>
      </dl>
    </section>
  )
}

function Deposited({ position, figures }: { position: PositionViewOk; figures: VersusHolding }) {
  const a0 = formatTokenAmount(figures.deposited0Wei, position.token0.decimals)
  const a1 = formatTokenAmount(figures.deposited1Wei, position.token1.decimals)
  return (
    <span className="flex flex-col">
      <span title={a0.exact} data-testid="deposited0" data-exact={a0.exact}>
        {a0.display} <TokenSymbol token={position.token0} />
      </span>
      <span title={a1.exact} data-testid="deposited1" data-exact={a1.exact}>
        {a1.display} <TokenSymbol token={position.token1} />
      </span>
      {figures.openedTimestamp !== null && (
        <span className="text-xs text-slate-500 dark:text-slate-400">
          since {formatChainDate(figures.openedTimestamp)}
        </span>
      )}
    </span>
  )
}

/** V4: the fees the modifications already paid, exact wei per token. */
function CollectedFees({ position, figures }: { position: PositionViewOk; figures: VersusHolding }) {
  const c0 = formatTokenAmount(figures.collectedFees0Wei, position.token0.decimals)
  const c1 = formatTokenAmount(figures.collectedFees1Wei, position.token1.decimals)
  return (
    <span className="flex flex-col text-xs text-slate-500 dark:text-slate-400" data-testid="collected-fees">
      <span>paid out:</span>
      <span title={c0.exact} data-testid="collected-fees0" data-exact={figures.collectedFees0Wei.toString()}>
        {c0.display} <TokenSymbol token={position.token0} />
      </span>
      <span title={c1.exact} data-testid="collected-fees1" data-exact={figures.collectedFees1Wei.toString()}>
        {c1.display} <TokenSymbol token={position.token1} />
      </span>
    </span>
  )
}

function Signed({ value }: { value: number | null }) {
  if (value === null) return <span className="text-slate-500 dark:text-slate-400">unavailable</span>
  // Colored by what is shown: a loss that rounds to $0.00 is zero, never red.
  return <span className={SIGN_TONE_CLASS[usdSignTone(value)]}>{formatSignedUsd(value)}</span>
}

/** The two bases of hold value and IL, said in their tooltips: the pool's own price, then one USD price. */
function valuationBasisText(position: PositionViewOk, figures: VersusHolding): string {
  const { poolPrice0In1, usdVia, usdPerWholeToken } = figures.valuationBasis
  const { token0, token1 } = position
  const pool =
    poolPrice0In1 === null
      ? 'the pool has no price'
      : `this position's own pool price, 1 ${token0.symbol} = ${formatPrice(poolPrice0In1)} ${token1.symbol}`
  const via = usdVia === 'token1' ? token1 : usdVia === 'token0' ? token0 : null
  const usd =
    via && usdPerWholeToken !== null
      ? `then to USD at the route price of ${via.symbol} (${formatUsd(usdPerWholeToken)})`
      : 'no USD price route'
  return `Valued at ${pool}, ${usd}.`
}

function Figure({ label, tip, children }: { label: string; tip: string; children: ReactNode }) {
  return (
    <div className="min-w-0">
      <dt className="text-xs text-slate-500 dark:text-slate-400">
        <InfoTip label={label} explanation={tip} />
      </dt>
      <dd className="mt-0.5 tabular-nums">{children}</dd>
    </div>
  )
}
