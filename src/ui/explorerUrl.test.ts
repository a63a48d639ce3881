import { describe, expect, it } from 'vitest'
import { explorerUrl } from './explorerUrl.ts'

describe('explorerUrl', () => {
  const hash = `0x${'ab'.repeat(32)}`
  it("links to the chain's default explorer", () => {
    expect(explorerUrl(1, 'tx', hash)).toBe(`https://etherscan.io/tx/${hash}`)
    expect(explorerUrl(42161, 'address', '0x1')).toBe('https://arbiscan.io/address/0x1')
    expect(explorerUrl(8453, 'tx', hash)).toMatch(/^https:\/\/basescan\.org\/tx\/0x/)
  })
  it('none on the devnet or an unknown chain', () => {
    expect(explorerUrl(31337, 'tx', hash)).toBeUndefined()
    expect(explorerUrl(999_999, 'tx', hash)).toBeUndefined()
    expect(explorerUrl(undefined, 'address', '0x1')).toBeUndefined()
  })
})
