import type { PositionViewOk } from '../../domain/positions/model.ts'
import { formatPrice } from '../../ui/format/formatPrice.ts'

const ZERO = '0x0000000000000000000000000000000000000000'

/**
 * A V4 position's own facts on its page: the pool key (native ETH as address(0)), the hook and its decoded
 * permissions labelled as a risk ("may change the amounts" with a return-delta permission), the subscriber,
 * the exact liquidity and whether the price is in range.
 */
export function V4PositionFacts({ position: p }: { position: PositionViewOk }) {
  const v4 = p.v4
  if (!v4) return null
  const { poolKey, hook, subscriber } = v4
  const rows: [string, string, string][] = [
    [
      'currency0',
      poolKey.currency0 === ZERO
        ? `${ZERO} (native ETH)`
        : `${poolKey.currency0} (${p.token0.displaySymbol})`,
      'v4-currency0',
    ],
    ['currency1', `${poolKey.currency1} (${p.token1.displaySymbol})`, 'v4-currency1'],
    [
      'fee',
      v4.dynamicFee
        ? `dynamic (key fee 0x800000; charged now ${v4.fee} pips = ${v4.fee / 10_000} %)`
        : `${poolKey.fee} pips = ${poolKey.fee / 10_000} %`,
      'v4-fee',
    ],
    ['tickSpacing', String(poolKey.tickSpacing), 'v4-tick-spacing'],
    ['hooks', poolKey.hooks, 'v4-hooks'],
    ['pool id', v4.poolId, 'v4-pool-id'],
  ]
  return (
    <div className="flex flex-col gap-3 text-sm" data-testid="v4-position-facts">
      <section aria-label="Pool key">
        <h3 className="mb-1 font-semibold">Pool key</h3>
        <dl className="grid grid-cols-1 gap-x-4 gap-y-1 sm:grid-cols-[8rem_1fr]">
          {rows.map(([label, value, testId]) => (
            <div key={label} className="contents">
              <dt className="text-slate-600 dark:text-slate-400">{label}</dt>
              <dd className="break-all font-mono text-xs" data-testid={testId}>
                {value}
              </dd>
            </div>
          ))}
        </dl>
      </section>
      {hook ? (
        <div
          role="note"
          className="rounded-lg bg-amber-50 px-3 py-2 text-amber-950 dark:bg-amber-950/60 dark:text-amber-100"
          data-testid="v4-hook"
          data-hook={hook.address}
          data-hook-flags={hook.enabled.join(',')}
          data-hook-may-alter-amounts={String(hook.mayAlterAmounts)}
        >
          <p>
            <span className="font-semibold">
              Risk: hooked pool{hook.mayAlterAmounts ? ' — may change the amounts' : ''}.
            </span>{' '}
            This pool also trusts the code of hook{' '}
            <span className="break-all font-mono text-xs">{hook.address}</span> and whoever controls it.
          </p>
          <p className="mt-1 text-xs" data-testid="v4-hook-flags">
            Permissions (from the address's low 14 bits):{' '}
            {hook.enabled.length > 0 ? hook.enabled.join(', ') : 'none set'}.
            {hook.mayAlterAmounts
              ? ' A return-delta permission lets it take or add tokens: what you receive may differ from the pool math. Poolscope signs a write here only when its simulation pays exactly the reviewed amounts.'
              : ' No return-delta permission: it cannot change what the position pays out.'}
          </p>
        </div>
      ) : (
        <p className="text-xs text-slate-500 dark:text-slate-400" data-testid="v4-hook" data-hook="none">
          No hook.
        </p>
      )}
      <dl className="grid grid-cols-1 gap-x-4 gap-y-1 sm:grid-cols-[8rem_1fr]">
        <dt className="text-slate-600 dark:text-slate-400">Subscriber</dt>
        <dd
          className="break-all font-mono text-xs"
          data-testid="v4-subscriber"
          data-subscriber={subscriber ?? 'none'}
        >
          {subscriber ? `${subscriber} (notified of every liquidity change and of a burn)` : 'none'}
        </dd>
        <dt className="text-slate-600 dark:text-slate-400">Liquidity</dt>
        <dd className="break-all font-mono text-xs" data-testid="v4-liquidity">
          {v4.liquidity.toString()}
        </dd>
        <dt className="text-slate-600 dark:text-slate-400">Range</dt>
        <dd data-testid="v4-range" data-in-range={String(v4.inRange)}>
          {v4.closed ? 'Closed (no liquidity)' : v4.inRange ? 'In range' : 'Out of range'} · ticks{' '}
          {v4.tickLower} – {v4.tickUpper} (now {v4.tickCurrent}) · {formatPrice(v4.range.lowerPrice0In1)} –{' '}
          {formatPrice(v4.range.upperPrice0In1)} {p.token1.displaySymbol} per {p.token0.displaySymbol} (now{' '}
          {formatPrice(v4.range.currentPrice0In1)})
        </dd>
      </dl>
    </div>
  )
}
