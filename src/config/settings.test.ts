import { describe, expect, it, vi } from 'vitest'
import { createMemoryStorage } from '../test-utils/memoryStorage.ts'
import {
  DEFAULT_SETTINGS,
  getUserRpcUrls,
  parseSettings,
  parseSettingsReport,
  SETTINGS_STORAGE_KEY,
} from './settings.ts'
import { createSettingsStore } from './settingsStore.ts'

describe('parseSettings', () => {
  it('returns the defaults when nothing or garbage is stored', () => {
    expect(parseSettings(null)).toEqual(DEFAULT_SETTINGS)
    expect(parseSettings('{not json')).toEqual(DEFAULT_SETTINGS)
    expect(parseSettings('42')).toEqual(DEFAULT_SETTINGS)
  })

  it('reads a seeded devnet RPC override (array or single string)', () => {
    const asArray = parseSettings(JSON.stringify({ rpcUrls: { '31337': ['http://127.0.0.1:8745'] } }))
    expect(getUserRpcUrls(asArray, 31337)).toEqual(['http://127.0.0.1:8745'])
    const asString = parseSettings(JSON.stringify({ rpcUrls: { '31337': 'http://127.0.0.1:8745' } }))
    expect(getUserRpcUrls(asString, 31337)).toEqual(['http://127.0.0.1:8745'])
    expect(asArray.theme).toBe('system')
  })

  it('drops invalid fields one by one instead of rejecting everything', () => {
    const settings = parseSettings(
      JSON.stringify({
        theme: 'purple',
        rpcUrls: { '31337': ['ftp://x', 'http://ok:1'], mainnet: ['http://y:2'], '1': 5 },
        watchAddress: '0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266',
      }),
    )
    expect(settings).toEqual({
      theme: 'system',
      rpcUrls: { '31337': ['http://ok:1'] },
      watchAddress: '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266',
    })
  })
})

describe('createSettingsStore', () => {
  it('loads what is stored and persists every update as JSON under the exported key', () => {
    const storage = createMemoryStorage({ [SETTINGS_STORAGE_KEY]: JSON.stringify({ theme: 'dark' }) })
    const store = createSettingsStore(storage)
    expect(store.getSnapshot().theme).toBe('dark')

    store.update({ rpcUrls: { '31337': ['http://127.0.0.1:8745'] } })
    expect(JSON.parse(storage.data.get(SETTINGS_STORAGE_KEY) ?? '')).toEqual({
      theme: 'dark',
      rpcUrls: { '31337': ['http://127.0.0.1:8745'] },
      watchAddress: null,
    })
    // A fresh store (a reload) sees the same values.
    expect(createSettingsStore(storage).getSnapshot()).toEqual(store.getSnapshot())
  })

  it('notifies subscribers and stops after unsubscribe', () => {
    const store = createSettingsStore(createMemoryStorage())
    const listener = vi.fn()
    const unsubscribe = store.subscribe(listener)
    store.update({ theme: 'light' })
    expect(listener).toHaveBeenCalledTimes(1)
    unsubscribe()
    store.update({ theme: 'dark' })
    expect(listener).toHaveBeenCalledTimes(1)
  })

  it('keeps working in memory when storage throws', () => {
    const store = createSettingsStore({
      getItem: () => {
        throw new Error('denied')
      },
      setItem: () => {
        throw new Error('quota')
      },
    })
    expect(store.getSnapshot()).toEqual(DEFAULT_SETTINGS)
    store.update({ theme: 'dark' })
    expect(store.getSnapshot().theme).toBe('dark')
  })
})

describe('parseSettingsReport', () => {
  it('names each stored field that could not be read (for the one-line notice)', () => {
    expect(
      parseSettingsReport(JSON.stringify({ rpcUrls: { '31337': ['http://127.0.0.1:1'] } })).unreadable,
    ).toEqual([])
    expect(parseSettingsReport('{not json').unreadable).toEqual(['settings'])
    const report = parseSettingsReport(
      JSON.stringify({
        theme: 'purple',
        rpcUrls: { '31337': ['ftp://x', 'http://ok:1'] },
        watchAddress: 'nope',
      }),
    )
    expect(report.unreadable).toEqual(['theme', 'RPC URLs', 'watched address'])
    expect(report.settings.rpcUrls).toEqual({ '31337': ['http://ok:1'] })
  })
})
