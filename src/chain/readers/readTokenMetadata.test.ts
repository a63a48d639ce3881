import { encodeAbiParameters, stringToHex } from 'viem'
import { describe, expect, it } from 'vitest'
import { decodeStringOrBytes32, toDisplaySymbol, toTokenMeta } from './readTokenMetadata.ts'

const TOKEN = '0x00000000000000000000000000000000000000a1'

describe('#decodeStringOrBytes32', () => {
  it('decodes bytes32 (MKR-style) and ABI strings', () => {
    expect(decodeStringOrBytes32(stringToHex('MKR', { size: 32 }))).toBe('MKR')
    expect(decodeStringOrBytes32(encodeAbiParameters([{ type: 'string' }], ['<b>x</b>']))).toBe('<b>x</b>')
  })
})

describe('#toDisplaySymbol', () => {
  it('keeps short symbols and trims long ones to 12 characters', () => {
    expect(toDisplaySymbol('WETH')).toBe('WETH')
    expect(toDisplaySymbol('SUPERCALIFRAGILISTIC')).toBe('SUPERCALIFRA…')
  })
})

describe('#toTokenMeta', () => {
  it('falls back to the symbol for a missing name and flags decimals > 36', () => {
    const meta = toTokenMeta(TOKEN, {
      symbol: { ok: true, value: 'ODD' },
      name: { ok: false, error: 'call reverted' },
      decimals: { ok: true, value: 40 },
    })
    expect(meta).toMatchObject({ name: 'ODD', decimals: 40, unusualDecimals: true, metadataOk: true })
  })

  it('marks a token whose reads fail', () => {
    const failed = { ok: false as const, error: 'no contract at address' }
    const meta = toTokenMeta(TOKEN, { symbol: failed, name: failed, decimals: failed })
    expect(meta.metadataOk).toBe(false)
    expect(meta.symbol).toBe('0x0000…00A1') // checksummed
  })
})
