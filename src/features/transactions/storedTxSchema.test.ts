import { describe, expect, it } from 'vitest'
import { parseStoredTx } from './storedTxSchema.ts'

const HASH = `0x${'AB'.repeat(32)}`
const FROM = '0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266'
const ENTRY = {
  hash: HASH,
  chainId: 31337,
  from: FROM,
  label: 'Mint',
  kind: 'mint',
  submittedAt: 1_700_000_000_000,
  status: 'pending',
}

describe('parseStoredTx (valibot schema)', () => {
  it('reads an entry written by an older version (no optional fields): hash lower-cased, sender checksummed', () => {
    expect(parseStoredTx(ENTRY)).toEqual({
      ...ENTRY,
      hash: HASH.toLowerCase(),
      from: '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266',
    })
  })

  it('keeps every valid optional field and drops unknown ones', () => {
    const full = {
      ...ENTRY,
      nonce: 0,
      to: FROM,
      dataHash: HASH,
      valueWei: '1000000000000000000',
      submittedBlock: { number: '12', hash: HASH },
      receiptBlock: { number: '13', hash: HASH },
      replacedBy: HASH,
      dropReason: 'chain-reset',
      somethingNew: true,
    }
    const tx = parseStoredTx(full)
    expect(tx).not.toBeNull()
    expect(tx).not.toHaveProperty('somethingNew')
    expect(tx?.nonce).toBe(0)
    expect(tx?.submittedBlock).toEqual({ number: '12', hash: HASH.toLowerCase() })
    expect(tx?.dropReason).toBe('chain-reset')
  })

  it('rejects an entry with any bad field, required or optional, and never throws', () => {
    for (const bad of [
      { ...ENTRY, chainId: 0 },
      { ...ENTRY, chainId: 1.5 },
      { ...ENTRY, submittedAt: Number.POSITIVE_INFINITY },
      { ...ENTRY, status: 'mined' },
      { ...ENTRY, from: '0x1234' },
      { ...ENTRY, hash: '0x12' },
      { ...ENTRY, nonce: -1 },
      { ...ENTRY, valueWei: '1e18' },
      { ...ENTRY, submittedBlock: { number: 12, hash: HASH } },
      { ...ENTRY, dropReason: 'lost' },
      null,
      [],
      'pending',
    ])
      expect(parseStoredTx(bad)).toBeNull()
  })
})
