import { describe, expect, it } from 'vitest'
import { validateDeadlineMinutes, validateSlippagePercent } from './validateTradeSettings.ts'

describe('#validateSlippagePercent', () => {
  it('turns percent into basis points', () => {
    expect(validateSlippagePercent('0.5')).toEqual({ ok: true, value: 50 })
    expect(validateSlippagePercent(' 0.01 ')).toEqual({ ok: true, value: 1 })
    expect(validateSlippagePercent('50')).toEqual({ ok: true, value: 5_000 })
  })
  it('refuses bad text with a message', () => {
    expect(validateSlippagePercent('')).toMatchObject({ ok: false, message: /Enter a slippage/ })
    expect(validateSlippagePercent('abc')).toMatchObject({ ok: false, message: /plain number/ })
    expect(validateSlippagePercent('0')).toMatchObject({ ok: false, message: /at least 0.01/ })
    expect(validateSlippagePercent('50.01')).toMatchObject({ ok: false, message: /at most 50/ })
  })
})

describe('#validateDeadlineMinutes', () => {
  it('accepts whole minutes from 1 to 4320', () => {
    expect(validateDeadlineMinutes('20')).toEqual({ ok: true, value: 20 })
    expect(validateDeadlineMinutes('4320')).toEqual({ ok: true, value: 4_320 })
  })
  it('refuses the rest with a message', () => {
    expect(validateDeadlineMinutes('1.5')).toMatchObject({ ok: false, message: /whole number/ })
    expect(validateDeadlineMinutes('0')).toMatchObject({ ok: false, message: /at least 1 minute/ })
    expect(validateDeadlineMinutes('4321')).toMatchObject({ ok: false, message: /at most 3 days/ })
  })
})
