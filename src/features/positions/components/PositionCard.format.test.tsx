import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { PositionViewOk } from '../../../domain/positions/model.ts'
import { positionsFixture, stakedV3 } from '../../../domain/positions/positionsFixture.ts'
import { PositionCard, type PositionCardProps } from './PositionCard.tsx'

const base: Omit<PositionCardProps, 'position'> = {
  quoteInverted: false,
  isHistoryLoading: false,
  historyError: null,
  blockTimestamp: positionsFixture.blockTimestamp,
  chainId: 1,
}
const v3 = stakedV3.v3
const versusHolding = stakedV3.versusHolding
if (!v3 || !versusHolding) throw new Error('fixture has no V3 details')

describe('PositionCard at human precision', () => {
  it('a full-range position reads "0 – ∞", not the prices at the tick limits', () => {
    // The 0.3 % tier's usable limits: ±887220.
    const fullRange: PositionViewOk = {
      ...stakedV3,
      v3: {
        ...v3,
        tickLower: -887220,
        tickUpper: 887220,
        range: { ...v3.range, lowerPrice0In1: 2.954e-29, upperPrice0In1: 3.385e48 },
      },
    }
    render(<PositionCard {...base} position={fullRange} />)
    const range = screen.getByTestId('price-range').textContent ?? ''
    expect(range).toContain('0 – ∞')
    expect(range).not.toContain('e-29')
    expect(screen.getByTestId('range-distances').textContent).toBe('full range')
  })

  it('a position younger than 24 h of chain time shows "too recent", not an annualised APR', () => {
    const young: PositionViewOk = {
      ...stakedV3,
      versusHolding: { ...versusHolding, realizedFeeApr: null, realizedFeeAprTooRecent: true },
    }
    render(<PositionCard {...base} position={young} />)
    expect(screen.getByTestId('realized-fee-apr').textContent).toBe('too recent')
  })

  it('deposits show four significant digits, every digit in data-exact', () => {
    render(<PositionCard {...base} position={stakedV3} />)
    const deposited = screen.getByTestId('deposited0')
    expect(deposited.dataset.exact).toMatch(/^\d+\.\d{7,}$/)
    expect(deposited.textContent).not.toMatch(/\d\.\d{7,}/)
  })
})
