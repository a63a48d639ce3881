import type { Deviation } from '../../../domain/actions/deriveCreatePool.ts'
import { Banner } from '../../../ui/Banner.tsx'
import { formatFeeTier } from '../../../ui/format/formatFeeTier.ts'
import { formatPercent } from '../../../ui/format/formatPercent.ts'

/** Basis points as a percentage for display. */
function formatBps(bps: bigint): string {
  return formatPercent(Number(bps) / 10_000)
}

/**
 * How far a new pool's or pair's starting price is from the pair's other pools: a strong deviation is an
 * error banner the user must acknowledge (an immediate arbitrage against the deposit), a small one a note.
 */
export function StartingPriceDeviation(props: {
  deviation: Deviation
  /** The reference pool's price, formatted in the direction shown ("2,890.1"). */
  referencePrice: string
  /** "USDC per WETH": the direction of `referencePrice`. */
  unit: string
  acknowledged: boolean
  onAcknowledge: (acknowledged: boolean) => void
  /** Test id prefix: `create` (V3 pool) or `create-pair` (V2 pair). */
  testIdPrefix: string
}) {
  const { deviation, referencePrice, unit, testIdPrefix } = props
  const reference = `${deviation.reference.protocol.toUpperCase()} ${formatFeeTier(deviation.reference.fee)}`
  if (!deviation.strong)
    return (
      <p className="text-sm" data-testid={`${testIdPrefix}-deviation`}>
        Within {formatBps(deviation.deviationBps)} of the pair's other pools (the {reference} pool trades at{' '}
        {referencePrice} {unit}).
      </p>
    )
  return (
    <Banner
      tone="error"
      title={`This price is ${formatBps(deviation.deviationBps)} away from the ${reference} pool of this pair`}
      data-testid={`${testIdPrefix}-deviation-strong`}
    >
      <p>
        That pool trades at {referencePrice} {unit}. Starting here invites an immediate arbitrage against your
        deposit.
      </p>
      <label className="mt-2 flex items-center gap-2">
        <input
          type="checkbox"
          checked={props.acknowledged}
          onChange={(event) => props.onAcknowledge(event.target.checked)}
          data-testid={`${testIdPrefix}-deviation-ack`}
        />
        I understand and want to start at this price anyway.
      </label>
    </Banner>
  )
}
