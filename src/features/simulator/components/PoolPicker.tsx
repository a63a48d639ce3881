import { useId, useState } from 'react'
import { type Address, getAddress, isAddress } from 'viem'
import type { SimulatorPoolOption } from '../../../domain/catalogue/listSimulatorPools.ts'
import { Button } from '../../../ui/Button.tsx'
import { cx } from '../../../ui/cx.ts'
import { Field } from '../../../ui/Field.tsx'
import { FOCUS_RING } from '../../../ui/focusRing.ts'

/** Chooses the pool: the chain's listed pools and pairs, or any address pasted in. */
export function PoolPicker({
  options,
  value,
  onChange,
}: {
  options: SimulatorPoolOption[]
  value: Address | undefined
  onChange: (pool: Address) => void
}) {
  const selectId = useId()
  const [custom, setCustom] = useState('')
  const [error, setError] = useState<string | null>(null)
  const listed = options.some((option) => value && option.address.toLowerCase() === value.toLowerCase())
  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-col gap-1">
        <label htmlFor={selectId} className="text-sm font-medium text-slate-800 dark:text-slate-200">
          Pool
        </label>
        <select
          id={selectId}
          data-testid="sim-pool-select"
          value={listed ? value : ''}
          onChange={(event) => event.target.value && onChange(event.target.value as Address)}
          className={cx(
            'h-10 w-full rounded-lg border border-slate-300 bg-white px-2 text-sm text-slate-900 dark:border-slate-600 dark:bg-slate-950 dark:text-slate-100',
            FOCUS_RING,
          )}
        >
          {!listed && <option value="">{value ? `Custom: ${value.slice(0, 10)}…` : 'Choose a pool'}</option>}
          {options.map((option) => (
            <option key={option.address} value={option.address}>
              {option.label}
              {option.hasFarm ? ' · farm' : ''}
            </option>
          ))}
        </select>
      </div>
      <form
        className="flex items-end gap-2"
        onSubmit={(event) => {
          event.preventDefault()
          const text = custom.trim()
          if (!isAddress(text, { strict: false })) {
            setError('Paste a 0x address of 40 hex characters.')
            return
          }
          setError(null)
          onChange(getAddress(text))
        }}
      >
        <Field
          className="min-w-0 flex-1"
          label="Or a pool address"
          id="sim-pool-address"
          data-testid="sim-pool-address"
          placeholder="0x…"
          value={custom}
          error={error}
          onChange={(event) => setCustom(event.target.value)}
        />
        <Button
          type="submit"
          variant="secondary"
          data-testid="sim-pool-address-submit"
          className={error ? 'mb-7' : ''}
        >
          Open
        </Button>
      </form>
    </div>
  )
}
