import { describe, expect, it } from 'vitest'
import { ACCOUNT_INDEX, DEMO_ACCOUNT, testAccount, testAddress } from './accounts.ts'

describe('devnet accounts', () => {
  it('derives anvil default accounts from the mnemonic', () => {
    expect(testAddress(ACCOUNT_INDEX.demo)).toBe(DEMO_ACCOUNT)
    expect(testAddress(1)).toBe('0x70997970C51812dc3A010C7d01b50e0d17dc79C8')
    expect(testAddress(9)).toBe('0xa0Ee7A142d267C1f36714E4a8F75612F20a79720')
  })

  it('exposes the well-known private key of account 0', () => {
    const key = testAccount(0).getHdKey().privateKey
    expect(key && Buffer.from(key).toString('hex')).toBe(
      'ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80',
    )
  })
})
