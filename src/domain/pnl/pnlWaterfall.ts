import type { PositionPnl } from './positionPnl.ts'

/** One bar of the PnL waterfall: a term rounded to cents, and where its bar starts and ends. */
export interface WaterfallStep {
  id: 'priceEffect' | 'divergenceLoss' | 'fees' | 'rewards' | 'gas' | 'rounding' | 'total'
  label: string
  /** The term in cents (an integer; gas is negative). null = unavailable (the bar is left out). */
  cents: number | null
  /** Running total in cents before and after this bar (the total bar runs from 0). */
  fromCents: number
  toCents: number
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

const toCents = (value: number) => Math.round(value * 100) + 0

/**
 * The PnL as a waterfall in cents: price effect, divergence loss, fees, rewards and −gas, each rounded
 * to the cent on its own, then the total rounded on its own. The bars then add up to the rounded total
 * only up to a few cents; that remainder is its own "Rounding" bar (left out when 0), so the chart never
 * hides it. A term that is unavailable has no bar (the total is then marked partial by the caller).
 * @returns no steps when the total itself is unavailable
 */
export function pnlWaterfall(pnl: PositionPnl): WaterfallStep[] {
  if (pnl.total === null) return []
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
    const cents = value === null ? null : toCents(value)
    const from = running
    if (cents !== null) running += cents
    steps.push({ id, label: LABELS[id], cents, fromCents: from, toCents: running })
  }
  const totalCents = toCents(pnl.total)
  const remainder = totalCents - running
  if (remainder !== 0)
    steps.push({
      id: 'rounding',
      label: LABELS.rounding,
      cents: remainder,
      fromCents: running,
      toCents: totalCents,
    })
  steps.push({ id: 'total', label: LABELS.total, cents: totalCents, fromCents: 0, toCents: totalCents })
  return steps
}
