import { render, screen } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { SETTINGS_STORAGE_KEY } from '../../config/settings.ts'
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

  it('shows nothing when everything stored is readable', () => {
    localStorage.setItem(SETTINGS_STORAGE_KEY, JSON.stringify({ theme: 'dark', rpcUrls: {} }))
    render(<StoredDataNotice />)
    expect(screen.queryByTestId('stored-data-notice')).toBeNull()
  })
})
