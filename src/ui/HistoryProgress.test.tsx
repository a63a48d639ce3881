import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { HistoryProgress } from './HistoryProgress.tsx'

describe('HistoryProgress', () => {
  it('says how much of the history is scanned, in percent and blocks', () => {
    render(<HistoryProgress fraction={0.4567} scannedBlocks={1_234_567n} totalBlocks={2_703_000n} />)
    const box = screen.getByTestId('history-progress')
    expect(box.textContent).toContain('History: scanned 45 % of blocks (1,234,567 of 2,703,000)')
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('45')
  })
})
