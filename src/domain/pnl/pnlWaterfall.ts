import type { PositionPnl } from './positionPnl.ts'

/** One bar of the PnL waterfall: a term rounded to whole display units, and where its bar starts and ends. */
export interface WaterfallStep {
  id: 'priceEffect' | 'divergenceLoss' | 'fees' | 'rewards' | 'gas' | 'rounding' | 'total'
  label: string
  /** The term in display units (an integer: cents for USD; gas is negative). null = unavailable (no bar). */
  units: number | null
  /** Running total in display units before and after this bar (the total bar runs from 0). */
  fromUnits: number
  toUnits: number
}

const LABELS: Record<WaterfallStep['id'], string> = {
  priceEffect: 'Price effect',
  divergenceLoss: 'Divergence loss',
  fees: 'Fees',
  rewards: 'Rewards',
  gas: 'Gas',
  rounding: 'Rounding',
  total: 'Total PnL',
}

/** Display units per numeraire unit: cents for USD; a millionth of a token in token terms (6 decimals). */
export const WATERFALL_UNITS = { usd: 100, token: 1_000_000 } as const

/**
 * The PnL as a waterfall in display units (cents for USD): price effect, divergence loss, fees, rewards
 * and −gas, each rounded to the unit on its own, then the total rounded on its own. The bars then add up
 * to the rounded total only up to a few units; that remainder is its own "Rounding" bar (left out when
 * 0), so the chart never hides it. A term that is unavailable has no bar (the total is then marked partial by the caller).
 * @returns no steps when the total itself is unavailable
 */
export function pnlWaterfall(pnl: PositionPnl, unitsPerWhole: number = WATERFALL_UNITS.usd): WaterfallStep[] {
  if (pnl.total === null) return []
  const toUnits = (value: number) => Math.round(value * unitsPerWhole) + 0
  const terms: [WaterfallStep['id'], number | null][] = [
    ['priceEffect', pnl.priceEffect],
    ['divergenceLoss', pnl.divergenceLoss],
    ['fees', pnl.fees],
    ['rewards', pnl.rewards],
    ['gas', pnl.gas === null ? null : -pnl.gas],
  ]
  const steps: WaterfallStep[] = []
  let running = 0
  for (const [id, value] of terms) {
    if (id === 'fees' && value === null && !pnl.unavailable.includes('fees')) continue // V2: inside the value
    const units = value === null ? null : toUnits(value)
    const from = running
    if (units !== null) running += units
    steps.push({ id, label: LABELS[id], units, fromUnits: from, toUnits: running })
  }
  const totalUnits = toUnits(pnl.total)
  const remainder = totalUnits - running
  if (remainder !== 0)
    steps.push({
      id: 'rounding',
      label: LABELS.rounding,
      units: remainder,
      fromUnits: running,
      toUnits: totalUnits,
    })
  steps.push({ id: 'total', label: LABELS.total, units: totalUnits, fromUnits: 0, toUnits: totalUnits })
  return steps
}
