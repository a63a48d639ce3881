import { useEffect, useState } from 'react'
import { useSearch } from 'wouter'
import { Banner } from '../../ui/Banner.tsx'
import { Button } from '../../ui/Button.tsx'
import { useWatchAddress, WATCH_URL_PARAM } from './useWatchAddress.ts'
import { validateWatchAddress } from './validateWatchAddress.ts'

// Read through wouter, not nuqs: this runs in the app shell on every page, and nuqs's adapter would
// add ~3.5 KB gzip to the initial JS (nuqs is loaded with the pages; see App's lazyPage). The value
// itself goes through the same valibot schema as a pasted address (validateWatchAddress).

/**
 * Applies a `?watch=0x…` link: a valid address becomes the watched one (and is remembered); an
 * invalid one is reported rather than silently ignored.
 */
export function WatchAddressFromUrl() {
  const search = useSearch()
  const { watchAddress, watch } = useWatchAddress()
  const [invalidMessage, setInvalidMessage] = useState<string | null>(null)
  const param = new URLSearchParams(search).get(WATCH_URL_PARAM)

  useEffect(() => {
    if (param === null) return
    const checked = validateWatchAddress(param)
    if (!checked.ok) {
      setInvalidMessage(checked.message)
      return
    }
    setInvalidMessage(null)
    if (checked.address !== watchAddress) watch(checked.address)
  }, [param, watchAddress, watch])

  if (!invalidMessage) return null
  return (
    <Banner
      tone="warning"
      title="The address in this link cannot be watched"
      actions={
        <Button variant="secondary" size="sm" onClick={() => setInvalidMessage(null)}>
          Dismiss
        </Button>
      }
    >
      {invalidMessage}
    </Banner>
  )
}
