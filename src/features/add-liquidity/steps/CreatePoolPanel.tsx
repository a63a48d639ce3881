import type { Address } from 'viem'
import type { CreatePoolDerivation, CreatePoolInput } from '../../../domain/actions/deriveCreatePool.ts'
import { V3_FEE_TIERS } from '../../../domain/actions/virtualPool.ts'
import type { TokenInfo } from '../../../domain/catalogue/types.ts'
import { sqrtPriceX96ToPrice } from '../../../math/index.ts'
import { Banner } from '../../../ui/Banner.tsx'
import { Field } from '../../../ui/Field.tsx'
import { formatFeeTier } from '../../../ui/format/formatFeeTier.ts'
import { formatPrice } from '../../../ui/format/formatPrice.ts'
import { formatTokenLabel } from '../../../ui/format/formatTokenLabel.ts'
import { StartingPriceDeviation } from './StartingPriceDeviation.tsx'

const SELECT = 'h-10 rounded-lg border border-slate-300 bg-white px-2 dark:border-slate-600 dark:bg-slate-950'

/**
 * Step 1b: create and initialize a V3 pool that does not exist yet, at a starting price the user types
 * (either quote direction), with the warning that a wrong price is arbitraged away at their expense.
 */
export function CreatePoolPanel(props: {
  tokens: readonly TokenInfo[]
  input: CreatePoolInput
  derivation: CreatePoolDerivation
  onChange: (next: Partial<CreatePoolInput>) => void
  /** Select the pool that exists already (a pool not on the list is added to the form's pools, badged). */
  onSelectExisting: (address: Address) => void
}) {
  const { tokens, input, derivation, onChange } = props
  const pair = derivation.status === 'incomplete' ? undefined : derivation
  const [base, quote] = pair
    ? input.direction === 'token1PerToken0'
      ? [pair.token0, pair.token1]
      : [pair.token1, pair.token0]
    : [undefined, undefined]
  const priceOf = (sqrtPriceX96: bigint) =>
    pair
      ? formatPrice(
          sqrtPriceX96ToPrice(
            sqrtPriceX96,
            pair.token0.decimals,
            pair.token1.decimals,
            input.direction === 'token0PerToken1',
          ),
        )
      : ''
  const tokenSelect = (which: 'tokenA' | 'tokenB', label: string) => (
    <label className="flex flex-col gap-1 text-sm">
      <span className="font-medium">{label}</span>
      <select
        className={SELECT}
        value={input[which]}
        onChange={(event) => onChange({ [which]: event.target.value, acknowledgedDeviation: false })}
        data-testid={`create-${which === 'tokenA' ? 'token-a' : 'token-b'}`}
      >
        <option value="">Choose a token…</option>
        {tokens.map((token) => (
          <option key={token.address} value={token.address}>
            {formatTokenLabel(token)}
          </option>
        ))}
      </select>
    </label>
  )
  return (
    <section
      className="flex flex-col gap-3 rounded-lg border border-slate-300 p-3 dark:border-slate-600"
      data-testid="create-pool"
    >
      <h3 className="text-sm font-semibold">Create a new V3 pool</h3>
      <div className="grid gap-3 sm:grid-cols-3">
        {tokenSelect('tokenA', 'Token A')}
        {tokenSelect('tokenB', 'Token B')}
        <label className="flex flex-col gap-1 text-sm">
          <span className="font-medium">Fee tier</span>
          <select
            className={SELECT}
            value={input.fee}
            onChange={(event) => onChange({ fee: Number(event.target.value), acknowledgedDeviation: false })}
            data-testid="create-fee"
          >
            {V3_FEE_TIERS.map((fee) => (
              <option key={fee} value={fee}>
                {formatFeeTier(fee)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {derivation.status === 'incomplete' && <p className="text-sm">{derivation.message}</p>}
      {derivation.status === 'checking' && <p className="text-sm">Checking whether this pool exists…</p>}
      {derivation.status === 'exists' && (
        <p className="text-sm" data-testid="create-pool-exists">
          This pool already exists
          {derivation.listed ? '' : ` at ${derivation.poolAddress} (not on Poolscope's list)`}: it cannot be
          created again ·{' '}
          <button
            type="button"
            className="underline"
            data-testid="create-pool-use-existing"
            onClick={() => props.onSelectExisting(derivation.poolAddress)}
          >
            {derivation.listed ? 'select it' : 'use this pool'}
          </button>
        </p>
      )}
      {pair && base && quote && derivation.status !== 'exists' && derivation.status !== 'checking' && (
        <>
          <Banner tone="warning" title="You set this pool's price" data-testid="create-pool-warning">
            A new pool starts at exactly the price you type. If it differs from the market, arbitrageurs trade
            against your deposit until it matches, and the difference is lost from your position. Check the
            price against other markets before you sign.
          </Banner>
          <div className="flex flex-wrap items-end gap-3">
            <Field
              label={`Starting price (${quote.symbol} per ${base.symbol})`}
              inputMode="decimal"
              autoComplete="off"
              value={input.priceText}
              onChange={(event) => onChange({ priceText: event.target.value, acknowledgedDeviation: false })}
              error={
                derivation.status === 'invalid-price' && input.priceText !== '' ? derivation.message : null
              }
              data-testid="create-price"
              className="min-w-48 flex-1"
            />
            <button
              type="button"
              className="h-10 rounded-lg border border-slate-300 px-3 text-sm dark:border-slate-600"
              data-testid="create-price-flip"
              onClick={() =>
                onChange({
                  direction: input.direction === 'token1PerToken0' ? 'token0PerToken1' : 'token1PerToken0',
                  priceText: '',
                  acknowledgedDeviation: false,
                })
              }
            >
              Quote in {base.symbol} per {quote.symbol}
            </button>
          </div>
          {(derivation.status === 'ready' || derivation.status === 'needs-ack') && (
            <p className="text-sm" data-testid="create-start">
              The pool will start at {priceOf(derivation.sqrtPriceX96)} {quote.symbol} per {base.symbol}{' '}
              (sqrtPriceX96 <span className="font-mono">{derivation.sqrtPriceX96.toString()}</span>), with no
              liquidity but yours.
            </p>
          )}
          {(derivation.status === 'ready' || derivation.status === 'needs-ack') && derivation.deviation && (
            <StartingPriceDeviation
              deviation={derivation.deviation}
              referencePrice={priceOf(derivation.deviation.reference.sqrtPriceX96)}
              unit={`${quote?.symbol} per ${base?.symbol}`}
              acknowledged={input.acknowledgedDeviation}
              onAcknowledge={(acknowledgedDeviation) => onChange({ acknowledgedDeviation })}
              testIdPrefix="create"
            />
          )}
          {(derivation.status === 'ready' || derivation.status === 'needs-ack') && !derivation.deviation && (
            <p className="text-sm" data-testid="create-no-reference">
              No other pool of this pair is listed: nothing to compare the price with.
            </p>
          )}
        </>
      )}
    </section>
  )
}
