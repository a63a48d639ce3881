import { type FormEvent, useState } from 'react'
import type { Address } from 'viem'
import { Button } from '../../ui/Button.tsx'
import { Field } from '../../ui/Field.tsx'
import { validateWatchAddress } from './validateWatchAddress.ts'

export interface WatchAddressFormProps {
  onWatch: (address: Address) => void
  /** Prefix of the test ids, so the page's form and the dialog's never share one (e.g. 'dialog-'). */
  testIdPrefix?: string
}

/** "Watch an address": read-only, no wallet; validated when submitted, then as the user fixes it. */
export function WatchAddressForm({ onWatch, testIdPrefix = '' }: WatchAddressFormProps) {
  const [value, setValue] = useState('')
  const [error, setError] = useState<string | null>(null)

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const checked = validateWatchAddress(value)
    if (!checked.ok) {
      setError(checked.message)
      return
    }
    setError(null)
    setValue('')
    onWatch(checked.address)
  }

  return (
    <form
      onSubmit={submit}
      noValidate
      className="flex w-full max-w-xl flex-col gap-2"
      aria-label="Watch an address"
    >
      <Field
        label="Watch an address (read-only)"
        name="watch-address"
        placeholder="0x…"
        autoComplete="off"
        spellCheck={false}
        value={value}
        error={error}
        hint="See any account's positions without connecting a wallet."
        onChange={(event) => {
          setValue(event.target.value)
          // Once an error shows, re-check on each keystroke so it clears as soon as it is fixed.
          if (error !== null) {
            const checked = validateWatchAddress(event.target.value)
            setError(checked.ok ? null : checked.message)
          }
        }}
        data-testid={`${testIdPrefix}watch-address-input`}
      />
      <Button type="submit" variant="secondary" data-testid={`${testIdPrefix}watch-address-submit`}>
        Watch address
      </Button>
    </form>
  )
}
