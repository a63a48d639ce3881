import { type Address, formatUnits } from 'viem'
import {
  type CreatePairDerivation,
  type CreatePairInput,
  pairStartingPrices,
} from '../../../domain/actions/deriveCreatePair.ts'
import type { TokenInfo } from '../../../domain/catalogue/types.ts'
import { sqrtPriceX96ToPrice } from '../../../math/index.ts'
import { Banner } from '../../../ui/Banner.tsx'
import { Field } from '../../../ui/Field.tsx'
import { formatPrice } from '../../../ui/format/formatPrice.ts'
import { formatTokenLabel } from '../../../ui/format/formatTokenLabel.ts'
import { StartingPriceDeviation } from './StartingPriceDeviation.tsx'

const SELECT = 'h-10 rounded-lg border border-slate-300 bg-white px-2 dark:border-slate-600 dark:bg-slate-950'

/**
 * Step 1c: create a V2 pair that does not exist yet with its first deposit. Both amounts are typed: their
 * ratio is the starting price (shown both ways, with the warning that a wrong price is arbitraged away),
 * and the LP tokens minted are exact: sqrt(amount0 × amount1) − 1000.
 */
export function CreatePairPanel(props: {
  tokens: readonly TokenInfo[]
  input: CreatePairInput
  derivation: CreatePairDerivation
  onChange: (next: Partial<CreatePairInput>) => void
  onSelectExisting: (address: Address) => void
  /** Paying the WETH side in ETH: shown when one side is WETH. */
  native: { available: boolean; checked: boolean; onChange: (checked: boolean) => void }
}) {
  const { tokens, input, derivation, onChange } = props
  const pair = derivation.status === 'incomplete' ? undefined : derivation
  const tokenA = tokens.find((t) => t.address === input.tokenA)
  const tokenB = tokens.find((t) => t.address === input.tokenB)
  const tokenSelect = (which: 'tokenA' | 'tokenB', label: string) => (
    <label className="flex flex-col gap-1 text-sm">
      <span className="font-medium">{label}</span>
      <select
        className={SELECT}
        value={input[which]}
        onChange={(event) => onChange({ [which]: event.target.value, acknowledgedDeviation: false })}
        data-testid={`create-pair-${which === 'tokenA' ? 'token-a' : 'token-b'}`}
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
  const amountError = (field: 'tokenA' | 'tokenB') =>
    derivation.status === 'invalid-amount' &&
    (derivation.field === field || derivation.field === 'both') &&
    (field === 'tokenA' ? input.amountAText : input.amountBText).trim() !== ''
      ? derivation.message
      : null
  const ready = derivation.status === 'ready' || derivation.status === 'needs-ack' ? derivation : undefined
  const prices = ready
    ? pairStartingPrices(ready.amount0Wei, ready.amount1Wei, ready.token0.decimals, ready.token1.decimals)
    : undefined
  const referencePrice = (sqrtPriceX96: bigint, inverse: boolean) =>
    ready
      ? formatPrice(sqrtPriceX96ToPrice(sqrtPriceX96, ready.token0.decimals, ready.token1.decimals, inverse))
      : ''
  return (
    <section
      className="flex flex-col gap-3 rounded-lg border border-slate-300 p-3 dark:border-slate-600"
      data-testid="create-pair"
    >
      <h3 className="text-sm font-semibold">Create a new V2 pair</h3>
      <div className="grid gap-3 sm:grid-cols-2">
        {tokenSelect('tokenA', 'Token A')}
        {tokenSelect('tokenB', 'Token B')}
      </div>
      {derivation.status === 'incomplete' && <p className="text-sm">{derivation.message}</p>}
      {derivation.status === 'checking' && <p className="text-sm">Checking whether this pair exists…</p>}
      {derivation.status === 'exists' && (
        <p className="text-sm" data-testid="create-pair-exists">
          This V2 pair already exists
          {derivation.listed ? '' : ` at ${derivation.pairAddress} (not on Poolscope's list)`}: it cannot be
          created again, and a deposit adds at its current ratio ·{' '}
          <button
            type="button"
            className="underline"
            data-testid="create-pair-use-existing"
            onClick={() => props.onSelectExisting(derivation.pairAddress)}
          >
            {derivation.listed ? 'select it' : 'use this pair'}
          </button>
        </p>
      )}
      {pair && tokenA && tokenB && derivation.status !== 'exists' && derivation.status !== 'checking' && (
        <>
          <Banner tone="warning" title="You set this pair's price" data-testid="create-pair-warning">
            A new pair starts at exactly the ratio of the two amounts you deposit. If it differs from the
            market, arbitrageurs trade against your deposit until it matches, and the difference is lost from
            your position. Check the price against other markets before you sign.
          </Banner>
          <div className="grid gap-3 sm:grid-cols-2">
            <Field
              label={`Amount of ${tokenA.symbol}`}
              inputMode="decimal"
              autoComplete="off"
              value={input.amountAText}
              onChange={(event) =>
                onChange({ amountAText: event.target.value, acknowledgedDeviation: false })
              }
              error={amountError('tokenA')}
              data-testid="create-pair-amount-a"
            />
            <Field
              label={`Amount of ${tokenB.symbol}`}
              inputMode="decimal"
              autoComplete="off"
              value={input.amountBText}
              onChange={(event) =>
                onChange({ amountBText: event.target.value, acknowledgedDeviation: false })
              }
              error={amountError('tokenB')}
              data-testid="create-pair-amount-b"
            />
          </div>
          {props.native.available && (
            <label className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                checked={props.native.checked}
                onChange={(event) => props.native.onChange(event.target.checked)}
                data-testid="create-pair-native"
              />
              Pay the WETH side in ETH (Router02.addLiquidityETH wraps it)
            </label>
          )}
          {ready?.emptyPair && (
            <p className="text-sm [overflow-wrap:anywhere]" data-testid="create-pair-empty">
              This pair exists at {ready.emptyPair} but holds nothing: your deposit is its first and sets its
              price, exactly as for a new pair.
            </p>
          )}
          {ready && prices && (
            <dl
              className="grid grid-cols-1 gap-x-4 gap-y-1 text-sm [overflow-wrap:anywhere] sm:grid-cols-2"
              data-testid="create-pair-start"
            >
              <dt>Starting price</dt>
              <dd data-testid="create-pair-price">
                {formatPrice(prices.token1PerToken0)} {ready.token1.symbol} per {ready.token0.symbol} ·{' '}
                {formatPrice(prices.token0PerToken1)} {ready.token0.symbol} per {ready.token1.symbol}
              </dd>
              <dt>The pair will hold (exactly what you send)</dt>
              <dd data-testid="create-pair-reserves" data-exact={`${ready.amount0Wei}:${ready.amount1Wei}`}>
                {formatUnits(ready.amount0Wei, ready.token0.decimals)} {ready.token0.symbol} +{' '}
                {formatUnits(ready.amount1Wei, ready.token1.decimals)} {ready.token1.symbol}
              </dd>
              <dt>LP tokens you receive</dt>
              <dd data-testid="create-pair-liquidity" data-exact={ready.liquidityWei.toString()}>
                {formatUnits(ready.liquidityWei, 18)} (sqrt of the two raw amounts, minus the 1000 units every
                new pair locks forever)
              </dd>
            </dl>
          )}
          {ready?.deviation && (
            <StartingPriceDeviation
              deviation={ready.deviation}
              referencePrice={referencePrice(ready.deviation.reference.sqrtPriceX96, false)}
              unit={`${ready.token1.symbol} per ${ready.token0.symbol}`}
              acknowledged={input.acknowledgedDeviation}
              onAcknowledge={(acknowledgedDeviation) => onChange({ acknowledgedDeviation })}
              testIdPrefix="create-pair"
            />
          )}
          {ready && !ready.deviation && (
            <p className="text-sm" data-testid="create-pair-no-reference">
              No other pool of this pair is listed: nothing to compare the price with.
            </p>
          )}
        </>
      )}
    </section>
  )
}
