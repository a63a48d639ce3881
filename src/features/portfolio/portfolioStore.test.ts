import { describe, expect, it } from 'vitest'
import { createPortfolioStore, PORTFOLIO_KEY, parseStoredPortfolio } from './portfolioStore.ts'

const A = '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266'
const B = '0x70997970C51812dc3A010C7d01b50e0d17dc79C8'

describe('the saved portfolio', () => {
  it('keeps the readable entries, checksummed, and counts the rest', () => {
    const text = JSON.stringify([
      { address: A.toLowerCase(), name: ' Main ' },
      { address: '0x123', name: 'broken' },
      { address: B, name: '' },
      { address: A, name: 'again' },
      'nonsense',
    ])
    expect(parseStoredPortfolio(text)).toEqual({ entries: [{ address: A, name: 'Main' }], dropped: 4 })
    expect(parseStoredPortfolio('{not json')).toEqual({ entries: [], dropped: 1 })
    expect(parseStoredPortfolio(null)).toEqual({ entries: [], dropped: 0 })
  })

  it('saves what is set and tells subscribers; a full storage does not lose the tab’s copy', () => {
    const saved = new Map<string, string>()
    const store = createPortfolioStore({
      getItem: (key) => saved.get(key) ?? null,
      setItem: (key, value) => void saved.set(key, value),
    })
    let calls = 0
    store.subscribe(() => {
      calls += 1
    })
    store.setEntries([{ address: B, name: 'Hot' }])
    expect(JSON.parse(saved.get(PORTFOLIO_KEY) ?? '[]')).toEqual([{ address: B, name: 'Hot' }])
    expect(calls).toBe(1)
    const full = createPortfolioStore({
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError')
      },
    })
    full.setEntries([{ address: A, name: 'Main' }])
    expect(full.getEntries()).toEqual([{ address: A, name: 'Main' }])
  })
})
