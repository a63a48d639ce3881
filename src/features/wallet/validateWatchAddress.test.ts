import { describe, expect, it } from 'vitest'
import { validateWatchAddress } from './validateWatchAddress.ts'

const CHECKSUMMED = '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266'

describe('validateWatchAddress', () => {
  it('accepts a correctly checksummed address as is', () => {
    expect(validateWatchAddress(CHECKSUMMED)).toEqual({ ok: true, address: CHECKSUMMED })
  })

  it('accepts all-lowercase and all-uppercase hex and returns the checksummed form', () => {
    expect(validateWatchAddress(CHECKSUMMED.toLowerCase())).toEqual({ ok: true, address: CHECKSUMMED })
    expect(validateWatchAddress(`0x${CHECKSUMMED.slice(2).toUpperCase()}`)).toEqual({
      ok: true,
      address: CHECKSUMMED,
    })
  })

  it('ignores surrounding spaces from a paste', () => {
    expect(validateWatchAddress(`  ${CHECKSUMMED}\n`)).toEqual({ ok: true, address: CHECKSUMMED })
  })

  it('refuses an empty input', () => {
    const result = validateWatchAddress('   ')
    expect(result).toMatchObject({ ok: false, problem: 'empty' })
    if (!result.ok)
      expect(result.message).toBe('Paste an address to watch (0x followed by 40 hex characters).')
  })

  it('refuses non-hex characters and a missing 0x prefix', () => {
    const notHex = validateWatchAddress('0xZ39Fd6e51aad88F6F4ce6aB8827279cffFb92266')
    expect(notHex).toMatchObject({ ok: false, problem: 'not-hex' })
    expect(validateWatchAddress(CHECKSUMMED.slice(2))).toMatchObject({ ok: false, problem: 'not-hex' })
    expect(validateWatchAddress('vitalik.eth')).toMatchObject({ ok: false, problem: 'not-hex' })
    if (!notHex.ok)
      expect(notHex.message).toBe('Not a hex address: it must start with 0x and use only 0-9 and a-f.')
  })

  it('refuses a wrong length and says how many characters it found', () => {
    const short = validateWatchAddress(CHECKSUMMED.slice(0, -1))
    expect(short).toMatchObject({ ok: false, problem: 'wrong-length' })
    if (!short.ok) expect(short.message).toBe('An address has 40 hex characters after 0x; this one has 39.')
    const long = validateWatchAddress(`${CHECKSUMMED}00`)
    if (!long.ok) expect(long.message).toBe('An address has 40 hex characters after 0x; this one has 42.')
    expect(long.ok).toBe(false)
  })

  it('refuses mixed case that breaks the EIP-55 checksum', () => {
    // Flip the case of one letter: still valid hex, wrong checksum.
    const typo = CHECKSUMMED.replace('Fd6', 'fd6')
    const result = validateWatchAddress(typo)
    expect(result).toMatchObject({ ok: false, problem: 'bad-checksum' })
    if (!result.ok) expect(result.message).toMatch(/EIP-55 checksum/)
  })

  it('gives each problem a distinct message', () => {
    const messages = ['', '0xzz', '0x1234', CHECKSUMMED.replace('Fd6', 'fd6')].map((input) => {
      const result = validateWatchAddress(input)
      return result.ok ? 'ok' : result.message
    })
    expect(new Set(messages).size).toBe(4)
  })
})
