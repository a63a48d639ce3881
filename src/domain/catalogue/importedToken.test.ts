import { describe, expect, it } from 'vitest'
import { formatTokenLabel } from '../../ui/format/formatTokenLabel.ts'
import { importDecision, importedPoolChoice, importedToken, isImportedToken } from './importedToken.ts'

const meta = {
  address: '0x9000000000000000000000000000000000000009',
  symbol: 'PSTD',
  name: 'Pasted',
  decimals: 8,
} as const

describe('imported tokens and pools', () => {
  it('an imported token is tagged and labelled unlisted; a listed one is not', () => {
    const token = importedToken(meta)
    expect(isImportedToken(token)).toBe(true)
    expect(formatTokenLabel(token)).toBe('PSTD (unlisted)')
    expect(isImportedToken({ tags: ['stablecoin'] })).toBe(false)
    expect(formatTokenLabel({ symbol: 'USDC' })).toBe('USDC')
  })
  it('only an acknowledged unknown token or imitation may be used; never an invalid one', () => {
    expect(importDecision({ level: 'invalid', message: '' }, true)).toBe('refused')
    expect(importDecision({ level: 'unknown', message: '' }, false)).toBe('needs-ack')
    expect(importDecision({ level: 'unknown', message: '' }, true)).toBe('allowed')
    const imitates = { ...meta, symbol: 'USDC' }
    expect(importDecision({ level: 'imitation', message: '', imitates }, false)).toBe('needs-ack')
    expect(importDecision({ level: 'listed', message: '', listed: imitates }, false)).toBe('listed')
  })
  it('an unlisted pool gets its fee tier spacing; a fee the factory does not enable is refused', () => {
    const token0 = importedToken({ ...meta, address: '0x1000000000000000000000000000000000000001' })
    const token1 = importedToken(meta)
    const address = '0x4000000000000000000000000000000000000004'
    expect(importedPoolChoice({ protocol: 'v3', address, token0, token1, fee: 500 })).toMatchObject({
      tickSpacing: 10,
      imported: true,
    })
    expect(importedPoolChoice({ protocol: 'v2', address, token0, token1, fee: 1 })).toMatchObject({
      fee: 3000,
    })
    expect(() => importedPoolChoice({ protocol: 'v3', address, token0, token1, fee: 2500 })).toThrow(
      'FEE_TIER',
    )
  })
})
