import { describe, expect, it } from 'vitest'
import { BAD_INPUTS, pureMessage } from './catalog.ts'

describe('bad-input catalogue', () => {
  it('holds at least 100 entries across every field', () => {
    expect(BAD_INPUTS.length).toBeGreaterThanOrEqual(100)
    expect(new Set(BAD_INPUTS.map((entry) => entry.field)).size).toBe(21)
  })

  it.each(
    BAD_INPUTS.filter((entry) => pureMessage(entry) !== undefined).map((entry) => [
      entry.field,
      JSON.stringify(entry.input).slice(0, 60),
      entry,
    ]),
  )('%s %s → its message', (_field, _input, entry) => {
    const message = pureMessage(entry)
    expect(message).toEqual(expect.any(String))
    expect(message).toMatch(entry.expected)
  })
})
