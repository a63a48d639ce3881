import { describe, expect, it } from 'vitest'
import { parseTradeSettings } from './tradeSettings.ts'

describe('parseTradeSettings', () => {
  it('keeps valid values and defaults to 0.5 % / 20 min when nothing is stored', () => {
    expect(parseTradeSettings(null)).toEqual({
      settings: { slippageBps: 50, deadlineMinutes: 20 },
      unreadable: [],
    })
    expect(parseTradeSettings('{"slippageBps":5000,"deadlineMinutes":4320}')).toEqual({
      settings: { slippageBps: 5000, deadlineMinutes: 4320 },
      unreadable: [],
    })
  })

  it('resets and names each field outside its range or of the wrong type', () => {
    expect(parseTradeSettings('{"slippageBps":5001,"deadlineMinutes":"20"}')).toEqual({
      settings: { slippageBps: 50, deadlineMinutes: 20 },
      unreadable: ['slippage', 'deadline'],
    })
    expect(parseTradeSettings('{"slippageBps":0.5,"deadlineMinutes":0}').unreadable).toEqual([
      'slippage',
      'deadline',
    ])
  })

  it('resets everything for a value that is not a JSON object', () => {
    for (const raw of ['{oops', '[]', '7', 'null'])
      expect(parseTradeSettings(raw)).toEqual({
        settings: { slippageBps: 50, deadlineMinutes: 20 },
        unreadable: ['slippage and deadline'],
      })
  })
})
