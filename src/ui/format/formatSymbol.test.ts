import { describe, expect, it } from 'vitest'
import { toDisplaySymbol } from '../../chain/readers/readTokenMetadata.ts'
import { formatSymbol } from './formatSymbol.ts'

describe('formatSymbol', () => {
  it('keeps up to 12 characters and marks a cut with an ellipsis', () => {
    expect(formatSymbol('USDC')).toBe('USDC')
    expect(formatSymbol('ABCDEFGHIJKL')).toBe('ABCDEFGHIJKL')
    expect(formatSymbol('ABCDEFGHIJKLM')).toBe('ABCDEFGHIJKL…')
    expect(formatSymbol('  WETH ')).toBe('WETH')
  })

  it('counts code points, so an emoji is never split in half', () => {
    expect(formatSymbol('🦄'.repeat(13))).toBe(`${'🦄'.repeat(12)}…`)
  })

  it('agrees with the positions model’s display symbol on every length', () => {
    for (let n = 0; n <= 20; n++) expect(formatSymbol('X'.repeat(n))).toBe(toDisplaySymbol('X'.repeat(n)))
  })
})
