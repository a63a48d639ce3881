import { render, screen } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { SETTINGS_STORAGE_KEY } from '../../config/settings.ts'
import { TRADE_SETTINGS_STORAGE_KEY } from '../../config/tradeSettings.ts'
import { PENDING_TX_STORAGE_KEY } from './pendingTxStore.ts'
import { StoredDataNotice } from './StoredDataNotice.tsx'

beforeEach(() => localStorage.clear())

describe('StoredDataNotice', () => {
  it('says in one line how many stored transactions were dropped, and which settings were reset', () => {
    localStorage.setItem(
      PENDING_TX_STORAGE_KEY,
      JSON.stringify([
        {
          hash: `0x${'ab'.repeat(32)}`,
          chainId: 31337,
          label: 'Mint',
          kind: 'mint',
          submittedAt: 1,
          status: 'pending',
        },
      ]),
    )
    localStorage.setItem(SETTINGS_STORAGE_KEY, JSON.stringify({ theme: 'purple' }))
    render(<StoredDataNotice />)
    expect(screen.getByTestId('stored-data-notice').textContent).toContain(
      '1 stored transaction could not be read and was dropped. Stored theme could not be read and was reset.',
    )
    expect(localStorage.getItem(PENDING_TX_STORAGE_KEY)).toBe('[]')
  })

  it('names a stored slippage or deadline outside its range, which falls back to its default', () => {
    localStorage.setItem(
      TRADE_SETTINGS_STORAGE_KEY,
      JSON.stringify({ slippageBps: 60_000, deadlineMinutes: 20 }),
    )
    render(<StoredDataNotice />)
    expect(screen.getByTestId('stored-data-notice').textContent).toContain(
      'Stored slippage could not be read and was reset.',
    )
  })

  it('shows nothing when everything stored is readable', () => {
    localStorage.setItem(TRADE_SETTINGS_STORAGE_KEY, JSON.stringify({ slippageBps: 75, deadlineMinutes: 30 }))
    localStorage.setItem(SETTINGS_STORAGE_KEY, JSON.stringify({ theme: 'dark', rpcUrls: {} }))
    render(<StoredDataNotice />)
    expect(screen.queryByTestId('stored-data-notice')).toBeNull()
  })
})
