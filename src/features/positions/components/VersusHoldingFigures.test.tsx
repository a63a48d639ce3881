import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { PositionViewOk } from '../../../domain/positions/model.ts'
import { stakedV3 } from '../../../domain/positions/positionsFixture.ts'
import { VersusHoldingFigures } from './VersusHoldingFigures.tsx'

const versusHolding = stakedV3.versusHolding
if (!versusHolding) throw new Error('fixture has no versus-holding figures')
// The figures component reads only the protocol, the tokens and the figures.
const v4 = (figures: Partial<typeof versusHolding>): PositionViewOk => ({
  ...stakedV3,
  protocol: 'v4',
  versusHolding: {
    ...versusHolding,
    collectedFees0Wei: 1_500_000_000_000_000n,
    collectedFees1Wei: 2_000_000n,
    ...figures,
  },
})

describe('VersusHoldingFigures for V4', () => {
  it('exact: lifetime fees in USD and the fees the modifications paid out in exact token amounts, no estimate mark', () => {
    render(
      <VersusHoldingFigures
        position={v4({ lifetimeFeesUsd: 7.25, feeNotes: [] })}
        isLoading={false}
        error={null}
      />,
    )
    expect(screen.getByTestId('lifetime-fees').textContent).toBe('$7.25')
    expect(screen.queryByTestId('lifetime-fees-estimate')).toBeNull()
    expect(screen.getByTestId('collected-fees0').getAttribute('data-exact')).toBe('1500000000000000')
    expect(screen.getByTestId('collected-fees1').getAttribute('data-exact')).toBe('2000000')
  })

  it('an estimate says so; an unknown fee shows "unavailable", never $0', () => {
    const { unmount } = render(
      <VersusHoldingFigures
        position={v4({ lifetimeFeesUsd: 7.25, feeNotes: ['several positions changed in this transaction'] })}
        isLoading={false}
        error={null}
      />,
    )
    expect(screen.getByTestId('lifetime-fees-estimate').textContent).toBe('estimate')
    unmount()
    render(
      <VersusHoldingFigures
        position={v4({ lifetimeFeesUsd: null, feeNotes: ['native ETH leaves no log'] })}
        isLoading={false}
        error={null}
      />,
    )
    expect(screen.getByTestId('lifetime-fees').textContent).toBe('unavailable')
    expect(screen.queryByTestId('lifetime-fees-estimate')).toBeNull()
  })
})
