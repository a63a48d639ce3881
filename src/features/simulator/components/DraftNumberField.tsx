import { useEffect, useState } from 'react'
import { Field } from '../../../ui/Field.tsx'
import type { FieldResult } from '../url/validateField.ts'

/**
 * A numeric input that keeps what the user typed: valid text is committed at once, invalid text stays
 * in the box with an inline message and commits nothing (the projection keeps the last valid value).
 */
export function DraftNumberField({
  label,
  value,
  validate,
  onCommit,
  testId,
  hint,
}: {
  label: string
  value: number | undefined
  validate: (text: string) => FieldResult
  onCommit: (value: number) => void
  testId: string
  hint?: string
}) {
  const [text, setText] = useState(value === undefined ? '' : String(value))
  const [error, setError] = useState<string | null>(null)
  // Follow outside changes (presets, sliders, URL) unless the box already shows that value.
  useEffect(() => {
    setText((current) => {
      const parsed = validate(current)
      return parsed.ok && parsed.value === value ? current : value === undefined ? '' : String(value)
    })
    setError(null)
  }, [value, validate])
  return (
    <Field
      label={label}
      id={testId}
      data-testid={testId}
      inputMode="decimal"
      autoComplete="off"
      value={text}
      error={error}
      hint={hint}
      onChange={(event) => {
        const next = event.target.value
        setText(next)
        const result = validate(next)
        setError(result.ok ? null : result.error)
        if (result.ok && result.value !== value) onCommit(result.value)
      }}
    />
  )
}
