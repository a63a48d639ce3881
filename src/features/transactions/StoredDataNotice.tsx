import { useState } from 'react'
import { parseSettingsReport, SETTINGS_STORAGE_KEY } from '../../config/settings.ts'
import { Banner } from '../../ui/Banner.tsx'
import { dropUnreadableStoredTxs } from './pendingTxStore.ts'

/** The notice's lines: what stored data could not be read and was dropped or reset. */
export function storedDataProblems(storage: Pick<Storage, 'getItem' | 'setItem'>): string[] {
  const lines: string[] = []
  const { unreadable } = dropUnreadableStoredTxs(storage)
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
  const settings = parseSettingsReport(rawSettings).unreadable
  if (settings.length > 0)
    lines.push(
      `Stored ${settings.join(', ')} could not be read and ${settings.length === 1 ? 'was' : 'were'} reset.`,
    )
  return lines
}

/** One line per stored value that did not pass its schema (read once, at start). */
export function StoredDataNotice() {
  const [lines] = useState(() => {
    try {
      return typeof window === 'undefined' ? [] : storedDataProblems(window.localStorage)
    } catch {
      return []
    }
  })
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
