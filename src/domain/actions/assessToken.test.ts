import { describe, expect, it } from 'vitest'
import type { TokenInfo } from '../catalogue/types.ts'
import { assessToken, normalizeSymbol } from './assessToken.ts'

const usdc: TokenInfo = {
  address: '0xA15BB66138824a1c7167f5E85b957d04Dd34E468',
  symbol: 'USDC',
  name: 'USD Coin',
  decimals: 6,
}
const list = [usdc]
const ok = { metadataOk: true, decimals: 6 }

describe('#assessToken', () => {
  it('trusts a listed address whatever the case', () => {
    expect(
      assessToken({ ...ok, address: usdc.address.toLowerCase(), symbol: 'USDC' }, true, list).level,
    ).toBe('listed')
  })
  it.each(['USDC', 'usdc', 'USDC ', 'UЅDС', 'U.S.D.C', 'USD\u200bC'])(
    'flags %j at another address as an imitation',
    (symbol) => {
      const result = assessToken(
        { ...ok, address: '0x0000000000000000000000000000000000000001', symbol },
        true,
        list,
      )
      expect(result.level).toBe('imitation')
      expect(result.message).toMatch(/NOT the listed USDC/)
    },
  )
  it('warns about an unknown token, refuses a non-token and insane decimals', () => {
    expect(
      assessToken(
        { ...ok, address: '0x0000000000000000000000000000000000000001', symbol: 'PEPE' },
        true,
        list,
      ).level,
    ).toBe('unknown')
    expect(assessToken({ ...ok, metadataOk: false, address: '0x01', symbol: '' }, true, list).level).toBe(
      'invalid',
    )
    expect(assessToken({ ...ok, address: '0x01', symbol: 'X' }, false, list).level).toBe('invalid')
    expect(
      assessToken({ metadataOk: true, decimals: 77, address: '0x01', symbol: 'X' }, true, list),
    ).toMatchObject({ level: 'invalid', message: /77 decimals/ })
  })
  it('normalizeSymbol folds look-alikes', () => {
    expect(normalizeSymbol('wEth')).toBe('WETH')
    expect(normalizeSymbol('DA1')).not.toBe(normalizeSymbol('DAI'))
  })
})
