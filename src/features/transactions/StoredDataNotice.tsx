import { useEffect, useState } from 'react'
import { parseSettingsReport, SETTINGS_STORAGE_KEY } from '../../config/settings.ts'
import { parseTradeSettings, TRADE_SETTINGS_STORAGE_KEY } from '../../config/tradeSettings.ts'
import { Banner } from '../../ui/Banner.tsx'
import { browserStorage } from './browserStorage.ts'
import { dropUnreadableStoredTxs, readStoredTxs } from './pendingTxStore.ts'

/** The notice's lines: what stored data could not be read and is dropped or reset (read only). */
export function storedDataProblems(storage: Pick<Storage, 'getItem' | 'setItem'>): string[] {
  const lines: string[] = []
  const { unreadable } = readStoredTxs(storage)
  if (unreadable > 0)
    lines.push(
      `${unreadable} stored transaction${unreadable === 1 ? '' : 's'} could not be read and ${unreadable === 1 ? 'was' : 'were'} dropped.`,
    )
  let rawSettings: string | null = null
  try {
    rawSettings = storage.getItem(SETTINGS_STORAGE_KEY)
  } catch {
    rawSettings = null
  }
  let rawTrade: string | null = null
  try {
    rawTrade = storage.getItem(TRADE_SETTINGS_STORAGE_KEY)
  } catch {
    rawTrade = null
  }
  const settings = [
    ...parseSettingsReport(rawSettings).unreadable,
    ...parseTradeSettings(rawTrade).unreadable,
  ]
  if (settings.length > 0)
    lines.push(
      `Stored ${settings.join(', ')} could not be read and ${settings.length === 1 ? 'was' : 'were'} reset.`,
    )
  return lines
}

/** One line per stored value that did not pass its schema (read once, at start); the bad entries are then dropped. */
export function StoredDataNotice() {
  const [lines] = useState(() => {
    const storage = browserStorage()
    return storage ? storedDataProblems(storage) : []
  })
  useEffect(() => {
    const storage = browserStorage()
    if (storage) dropUnreadableStoredTxs(storage)
  }, [])
  if (lines.length === 0) return null
  return (
    <Banner
      tone="warning"
      title="Some saved data was unreadable"
      className="mb-4"
      data-testid="stored-data-notice"
    >
      {lines.join(' ')}
    </Banner>
  )
}
