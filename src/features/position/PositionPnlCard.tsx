import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import type { Address } from 'viem'
import { useConfig } from 'wagmi'
import { earningsSeries } from '../../domain/pnl/earningsSeries.ts'
import { pnlLegsFromLedger } from '../../domain/pnl/pnlLegsFromLedger.ts'
import { pnlWaterfall, WATERFALL_UNITS } from '../../domain/pnl/pnlWaterfall.ts'
import { type PnlTermName, positionPnl } from '../../domain/pnl/positionPnl.ts'
import type { PositionViewOk } from '../../domain/positions/model.ts'
import { catalogueQueryOptions } from '../../queries/catalogueQuery.ts'
import { ledgerQueryOptions } from '../../queries/ledgerQuery.ts'
import { Button } from '../../ui/Button.tsx'
import { Card } from '../../ui/Card.tsx'
import { PnlWaterfall } from '../../ui/charts/PnlWaterfall.tsx'
import { EarningsPanel } from '../../ui/EarningsPanel.tsx'
import { formatSignedWholeTokenAmount, formatWholeTokenAmount } from '../../ui/format/formatTokenAmount.ts'
import { formatSignedUsd, formatUsd } from '../../ui/format/formatUsd.ts'
import { Skeleton } from '../../ui/Skeleton.tsx'

const TERM_LABEL: Record<PnlTermName, string> = {
  valueNow: 'value now',
  deposits: 'deposits',
  withdrawals: 'withdrawals',
  fees: 'fees',
  rewards: 'rewards',
  gas: 'gas',
}

/** What the PnL counts now, summed over the holding's parts (a V2 pair's wallet LP and its farm stake). */
function holdingNow(parts: readonly PositionViewOk[]) {
  let amount0 = 0n
  let amount1 = 0n
  for (const part of parts) {
    amount0 += part.amount0.amountWei
    amount1 += part.amount1.amountWei
  }
  return { amount0, amount1, pendingRewards: parts.flatMap((part) => part.pendingRewards) }
}

/**
 * A position's PnL in six terms and its waterfall, in USD or one of its tokens: deposits and
 * withdrawals at their own block's prices, from the holder's ledger (read as of the block this card
 * opened at, again on Refresh or when the position's liquidity changes), and today's value, fees and
 * rewards; below it, the lifetime earnings chart.
 * V3: one NFT. V2: the pair's LP of the holder, in the wallet and staked in its farm alike (`positions`
 * holds every part; a stake moves no value), its fees compounded in the reserves (inside value now and
 * the burns' withdrawals, never apart).
 */
export function PositionPnlCard(props: {
  /** The V3 position, or every part (wallet, farm) of the holder's V2 LP of one pair. */
  positions: readonly PositionViewOk[]
  holder: Address
  chainId: number
  pricesUsd: Readonly<Record<string, number | null>>
  /** Chain time of the page's block (the earnings chart's 'now'). */
  blockTimestamp: number
}) {
  const p = props.positions[0] as PositionViewOk
  const config = useConfig()
  // The ledger reads every receipt: pinned to a block, re-read when the liquidity moves or on Refresh.
  const signature = props.positions
    .map((part) => `${part.v3?.liquidity ?? part.v2?.lpBalanceWei ?? ''}:${part.location}`)
    .join('|')
  const [pinned, setPinned] = useState({ signature, block: p.blockNumber })
  if (pinned.signature !== signature) setPinned({ signature, block: p.blockNumber })
  // On a public chain the ledger costs several full log scans plus a receipt per transaction, which on a
  // rate-limited RPC would hold up the page's own reads (history, incentives, actions): read it on request.
  // Where the whole history is cheap to scan (the devnet), it is read with the page.
  const fullHistory = useQuery(catalogueQueryOptions(props.chainId)).data?.fullHistory === true
  const [asked, setAsked] = useState(false)
  const requested = asked || fullHistory
  const ledger = useQuery({
    ...ledgerQueryOptions(config, {
      chainId: props.chainId,
      account: props.holder,
      blockNumber: pinned.block,
    }),
    ...(requested ? {} : { enabled: false }),
  })
  // The numeraire: USD, or one of the pair's tokens (each value over that token's price at its own block).
  const [unit, setUnit] = useState<'usd' | 'token0' | 'token1'>('usd')
  const unitToken = unit === 'token0' ? p.token0 : unit === 'token1' ? p.token1 : undefined
  const usdNow = (address: string) => props.pricesUsd[address.toLowerCase()] ?? null
  const unitNow = unitToken ? usdNow(unitToken.address) : 1
  const priceOf = (address: string) => {
    const usd = usdNow(address)
    return usd === null || unitNow === null || unitNow <= 0 ? null : usd / unitNow
  }
  const money = (value: number | null) =>
    unitToken
      ? value === null
        ? 'unavailable'
        : `${formatWholeTokenAmount(value)} ${unitToken.displaySymbol}`
      : formatUsd(value)
  const body = (() => {
    const positionId = p.v3 ? `v3:${p.v3.tokenId}` : p.v2 ? `v2:${p.v2.pair.toLowerCase()}` : undefined
    if (positionId === undefined) return null
    const protocol = p.v3 ? 'v3' : 'v2'
    const now = holdingNow(props.positions)
    if (!requested)
      return (
        <div className="flex flex-col items-start gap-2 text-sm" data-testid="pnl-on-request">
          <p className="text-slate-700 dark:text-slate-300">
            The PnL reads the holder's whole LP history from the chain: every position event, the receipts of
            those transactions for gas, and the pricing pools' swaps before each one. On a public RPC that is
            many requests, so it runs when you ask.
          </p>
          <Button size="sm" variant="secondary" data-testid="pnl-start" onClick={() => setAsked(true)}>
            Work out the PnL
          </Button>
        </div>
      )
    if (ledger.error && !ledger.data)
      return (
        <div className="flex flex-wrap items-center gap-2 text-sm" role="alert" data-testid="pnl-error">
          <span className="text-red-700 dark:text-red-400">
            The position's history could not be read ({ledger.error.message.split('\n')[0]}): PnL unavailable.
          </span>
          <Button size="sm" variant="secondary" onClick={() => void ledger.refetch()}>
            Retry
          </Button>
        </div>
      )
    if (!ledger.data)
      return (
        <div data-testid="pnl-loading" className="flex flex-col gap-2">
          <p className="text-sm text-slate-600 dark:text-slate-400">Reading the position's ledger…</p>
          <Skeleton className="h-40 w-full" />
        </div>
      )
    const mapped = pnlLegsFromLedger({
      entries: ledger.data.entries,
      gas: ledger.data.missingReceipts.length > 0 ? null : ledger.data.gas,
      positionId,
      token0: p.token0.address,
      token1: p.token1.address,
      numeraire: unitToken?.address,
    })
    const pnl = positionPnl({
      decimals0: p.token0.decimals,
      decimals1: p.token1.decimals,
      protocol,
      // No cost basis on chain for what came in by a transfer; no withdrawal for what left by one.
      legs: mapped.legs.map((leg) =>
        (mapped.receivedByTransfer && leg.role === 'deposit') ||
        (mapped.sentByTransfer && leg.role === 'withdraw')
          ? { ...leg, value: null }
          : leg,
      ),
      amount0NowWei: now.amount0,
      amount1NowWei: now.amount1,
      uncollectedFee0Wei: p.v3 ? (p.uncollectedFees0?.amountWei ?? null) : 0n,
      uncollectedFee1Wei: p.v3 ? (p.uncollectedFees1?.amountWei ?? null) : 0n,
      pricesNow: { price0: priceOf(p.token0.address), price1: priceOf(p.token1.address) },
      pendingRewards: now.pendingRewards.map((r) => ({
        amountWei: r.reward.amountWei,
        decimals: r.reward.token.decimals,
        price: priceOf(r.reward.token.address),
      })),
      gas: mapped.gas,
    })
    const unitsPerWhole = unitToken ? WATERFALL_UNITS.token : WATERFALL_UNITS.usd
    const steps = pnlWaterfall(pnl, unitsPerWhole)
    const unitLabel = unitToken ? unitToken.displaySymbol : 'USD'
    const missing = pnl.unavailable.map((name) => TERM_LABEL[name]).join(', ')
    const earnings = earningsSeries({
      entries: ledger.data.entries,
      positionIds: [positionId],
      numeraire: unitToken?.address,
      now: {
        timestamp: props.blockTimestamp,
        uncollectedFees: pnl.uncollectedFeesNow,
        pendingRewards: pnl.pendingRewardsNow,
      },
    })
    return (
      <div
        className="flex flex-col gap-3"
        data-testid="pnl"
        data-unit={unit}
        data-total-usd={unitToken ? undefined : (pnl.total ?? undefined)}
        data-total={pnl.total ?? undefined}
        data-partial={pnl.partial}
        data-block={ledger.data.blockNumber.toString()}
      >
        <fieldset className="flex flex-wrap items-center gap-2 text-sm">
          <legend className="sr-only">Count the PnL in</legend>
          <span className="text-slate-600 dark:text-slate-400" aria-hidden="true">
            In
          </span>
          {(
            [
              ['usd', 'USD'],
              ['token0', p.token0.displaySymbol],
              ['token1', p.token1.displaySymbol],
            ] as const
          ).map(([value, label]) => (
            <Button
              key={value}
              size="sm"
              variant={unit === value ? 'primary' : 'secondary'}
              aria-pressed={unit === value}
              data-testid={`pnl-unit-${value}`}
              onClick={() => setUnit(value)}
            >
              {label}
            </Button>
          ))}
        </fieldset>
        {steps.length > 0 ? (
          <PnlWaterfall
            steps={steps}
            testId="pnl-waterfall"
            formatUnits={(units) =>
              unitToken
                ? formatSignedWholeTokenAmount(units / unitsPerWhole, unitToken.displaySymbol)
                : formatSignedUsd(units / 100)
            }
            caption={
              unitToken
                ? `In ${unitLabel}: each value over ${unitLabel}'s USD price at the same block, each term rounded to 0.000001 ${unitLabel} on its own; a rounding bar shows what that leaves over.`
                : 'Each term rounded to the cent on its own; a rounding bar shows what that leaves over.'
            }
          />
        ) : (
          <p className="text-sm text-slate-700 dark:text-slate-300" data-testid="pnl-unavailable">
            PnL unavailable:{' '}
            {mapped.receivedByTransfer
              ? protocol === 'v2'
                ? 'some of these LP tokens came in by a transfer from another address, so what was paid for them is not on chain for this account'
                : 'this position came in by a transfer, so what was paid into it is not on chain for this account'
              : mapped.sentByTransfer
                ? 'some of these LP tokens were sent to another address, so their value left without a withdrawal this account can price'
                : `no price for its ${missing}`}
            .
          </p>
        )}
        <dl className="grid grid-cols-2 gap-x-4 gap-y-1 text-sm sm:grid-cols-4">
          {(
            [
              ['Deposits', pnl.deposits, 'pnl-deposits'],
              ['Withdrawals', pnl.withdrawals, 'pnl-withdrawals'],
              ['Value now', pnl.valueNow, 'pnl-value-now'],
              ['Held instead', pnl.holdValueNow, 'pnl-hold-now'],
            ] as const
          ).map(([label, value, testId]) => (
            <div key={testId}>
              <dt className="text-xs text-slate-600 dark:text-slate-400">{label}</dt>
              <dd
                className="font-semibold tabular-nums"
                data-testid={testId}
                data-usd={unitToken ? undefined : (value ?? undefined)}
                data-value={value ?? undefined}
              >
                {value === null ? 'unavailable' : money(value)}
              </dd>
            </div>
          ))}
        </dl>
        <p className="text-xs text-slate-600 dark:text-slate-400">
          Total PnL = price effect + divergence loss + fees + rewards − gas = value now + withdrawals + fees +
          rewards − deposits − gas. Deposits, withdrawals, collected fees and claimed rewards are valued at
          their own block (the pricing pools' last swap up to 7 days before it); value, uncollected fees and
          pending rewards at today's prices; gas from the receipts of the transactions that emitted this
          position's events.
          {protocol === 'v2' &&
            " V2: the pair compounds its fees into the reserves, so they are inside value now and each burn's withdrawal, never apart (no fees term); staking in the farm moves no value."}
          {pnl.partial && ` Partial: ${missing} unavailable, left out.`} As of block{' '}
          {ledger.data.blockNumber.toString()}.
        </p>
        <div>
          <Button
            size="sm"
            variant="secondary"
            onClick={() => setPinned({ signature, block: p.blockNumber })}
          >
            Refresh
          </Button>
        </div>
        <div className="border-t border-slate-200 pt-3 dark:border-slate-700">
          <EarningsPanel
            series={earnings}
            unit={unitLabel}
            formatValue={money}
            testId="position-earnings"
            title={`Lifetime earnings (${unitLabel})`}
            note={
              protocol === 'v2'
                ? 'V2 fees compound inside the pair and are never paid out apart, so only farm rewards show here.'
                : undefined
            }
          />
        </div>
      </div>
    )
  })()
  if (!body) return null
  return <Card title="PnL">{body}</Card>
}
