import { Button } from '../../../ui/Button.tsx'
import { formatPercent } from '../../../ui/format/formatPercent.ts'
import type { SimulatorParams } from '../url/simulatorParams.ts'
import { validateDepositUsd, validateHorizonDays, validateVolatilityPercent } from '../url/validateField.ts'
import { DraftNumberField } from './DraftNumberField.tsx'

/** Deposit, volatility (slider + input, default = realized) and horizon. */
export function AssumptionControls({
  params,
  realizedVolatility,
  volatility,
  swapCount,
  onChange,
}: {
  params: SimulatorParams
  realizedVolatility: number | null
  volatility: number
  swapCount: number
  onChange: (change: Partial<SimulatorParams>) => void
}) {
  const volatilityPercent = Number((volatility * 100).toFixed(2))
  const realizedText =
    realizedVolatility === null
      ? `too few swaps (${swapCount}) for a realized volatility: 60 % assumed`
      : `realized on chain: ${formatPercent(realizedVolatility)}/yr from ${swapCount} swaps`
  return (
    <div className="flex flex-col gap-3">
      <DraftNumberField
        label="Deposit (USD)"
        testId="sim-amount"
        value={params.depositUsd}
        validate={validateDepositUsd}
        onCommit={(depositUsd) => onChange({ depositUsd })}
      />
      <div className="flex flex-col gap-1">
        <DraftNumberField
          label="Volatility (% per year)"
          testId="sim-vol"
          value={volatilityPercent}
          validate={validateVolatilityPercent}
          onCommit={(value) => onChange({ volatilityPercent: value })}
          hint={realizedText}
        />
        <input
          type="range"
          aria-label="Volatility slider"
          data-testid="sim-vol-slider"
          min={1}
          max={300}
          step={1}
          value={Math.min(300, Math.max(1, volatilityPercent))}
          onChange={(event) => onChange({ volatilityPercent: Number(event.target.value) })}
          className="accent-teal-700 dark:accent-teal-400"
        />
        {params.volatilityPercent !== undefined && realizedVolatility !== null && (
          <Button
            size="sm"
            variant="ghost"
            className="self-start"
            onClick={() => onChange({ volatilityPercent: undefined })}
          >
            Use realized volatility
          </Button>
        )}
      </div>
      <DraftNumberField
        label="Horizon (days)"
        testId="sim-horizon"
        value={params.horizonDays}
        validate={validateHorizonDays}
        onCommit={(horizonDays) => onChange({ horizonDays })}
      />
    </div>
  )
}
