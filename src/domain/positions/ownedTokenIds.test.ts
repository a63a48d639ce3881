import { type Address, type Hex, pad, toHex, zeroAddress } from 'viem'
import { describe, expect, it } from 'vitest'
import type { RawLog } from '../history/logTypes.ts'
import { ownedTokenIds } from './ownedTokenIds.ts'

const TRANSFER = '0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef'
const account: Address = '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266'
const other: Address = '0x70997970C51812dc3A010C7d01b50e0d17dc79C8'

const transfer = (from: Address, to: Address, id: bigint, blockNumber: bigint, logIndex = 0): RawLog => ({
  address: '0x4d8E02BBfCf205828A8352Af4376b165E123D7b0',
  topics: [TRANSFER, pad(from.toLowerCase() as Hex), pad(to.toLowerCase() as Hex), toHex(id, { size: 32 })],
  data: '0x',
  blockNumber,
  transactionHash: `0x${'ab'.repeat(32)}`,
  logIndex,
})

describe('#ownedTokenIds', () => {
  it('keeps minted ids, drops burned and sent ones, whatever order the logs come in', () => {
    const logs = [
      transfer(account, zeroAddress, 13n, 929n), // burned
      transfer(zeroAddress, account, 9n, 357n),
      transfer(zeroAddress, account, 13n, 361n),
      transfer(zeroAddress, account, 10n, 358n),
      transfer(account, other, 10n, 400n), // sent away
    ]
    expect(ownedTokenIds(logs, account)).toEqual([9n])
  })

  it('an id sent away and received back in one block is held (log index order)', () => {
    const logs = [
      transfer(other, account, 5n, 20n, 3),
      transfer(account, other, 5n, 20n, 1),
      transfer(zeroAddress, account, 5n, 10n),
    ]
    expect(ownedTokenIds(logs, account)).toEqual([5n])
  })

  it('matches the account whatever the case of its address', () => {
    const logs = [transfer(zeroAddress, account, 7n, 1n)]
    expect(ownedTokenIds(logs, account.toLowerCase() as Address)).toEqual([7n])
    expect(ownedTokenIds(logs, other)).toEqual([])
  })
})
