import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { positionsFixture, stakedV3 } from '../../../domain/positions/positionsFixture.ts'
import { PositionCard, type PositionCardProps } from './PositionCard.tsx'

const base: Omit<PositionCardProps, 'position'> = {
  quoteInverted: false,
  isHistoryLoading: false,
  historyError: null,
  blockTimestamp: positionsFixture.blockTimestamp,
  chainId: 1,
}

describe('PositionCard staked rewards before the incentives are known', () => {
  const stakedWithoutIncentives = { ...stakedV3, pendingRewards: [] }

  it('says "loading", not "none", while the staker incentives are being found', () => {
    render(<PositionCard {...base} position={stakedWithoutIncentives} isRewardsLoading />)
    expect(screen.getByTestId('rewards-loading').textContent).toContain('loading')
    expect(screen.queryByText('none')).toBeNull()
  })

  it('says "unavailable" with the reason when the incentives scan failed', () => {
    render(
      <PositionCard
        {...base}
        position={stakedWithoutIncentives}
        rewardsError={new Error('eth_getLogs failed\nstack')}
      />,
    )
    expect(screen.getByTestId('rewards-unavailable').textContent).toBe('unavailable: eth_getLogs failed')
  })

  it('shows the rewards once they are known, whatever the loading flag', () => {
    render(<PositionCard {...base} position={stakedV3} isRewardsLoading />)
    expect(screen.queryByTestId('rewards-loading')).toBeNull()
    expect(screen.getAllByTestId('reward').length).toBe(stakedV3.pendingRewards.length)
  })
})
