import { createClient, custom, type EIP1193RequestFn, type Hex, numberToHex } from 'viem'
import { describe, expect, it } from 'vitest'
import type { StoredTx } from '../../domain/transactions/storedTx.ts'
import { classifyStoredTx } from './classifyStoredTx.ts'

const from = '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266'
const hash = `0x${'aa'.repeat(32)}` as Hex
const blockHash = (n: number) => `0x${n.toString(16).padStart(64, '0')}` as Hex
const stored: StoredTx = {
  hash,
  chainId: 31337,
  from,
  nonce: 5,
  submittedBlock: { number: '10', hash: blockHash(10) },
  label: 'Approve',
  kind: 'approve',
  submittedAt: 1,
  status: 'pending',
}

/**
 * A scripted node whose own transaction is mined in block 11 right after it answers the head
 * (automine answering a moment later): the race that showed a just-mined transaction as "replaced".
 */
function nodeMiningDuringTheCheck() {
  let mined = false
  const tx = {
    hash,
    from,
    to: from,
    nonce: numberToHex(5),
    input: '0x1234',
    value: '0x0',
    gas: '0x5208',
    gasPrice: '0x1',
    type: '0x0',
    blockHash: blockHash(11),
    blockNumber: numberToHex(11),
    transactionIndex: '0x0',
    v: '0x1b',
    r: '0x1',
    s: '0x1',
  }
  const block = (n: number) => ({
    number: numberToHex(n),
    hash: blockHash(n),
    parentHash: blockHash(n - 1),
    timestamp: '0x1',
    transactions: n === 11 && mined ? [tx] : [],
  })
  const request = (async ({ method, params }: { method: string; params?: unknown[] }) => {
    const head = mined ? 11 : 10
    switch (method) {
      case 'eth_getTransactionCount':
        return numberToHex(mined ? 6 : 5)
      case 'eth_getTransactionReceipt': {
        const answer = mined
          ? {
              transactionHash: hash,
              blockHash: blockHash(11),
              blockNumber: numberToHex(11),
              status: '0x1',
              logs: [],
              from,
              to: from,
              cumulativeGasUsed: '0x5208',
              gasUsed: '0x5208',
              effectiveGasPrice: '0x1',
              transactionIndex: '0x0',
              type: '0x0',
              logsBloom: `0x${'00'.repeat(256)}`,
              contractAddress: null,
            }
          : null
        return answer
      }
      case 'eth_blockNumber':
        mined = true // the node mines it right after answering the head
        return numberToHex(head)
      case 'eth_getBlockByNumber': {
        const n = Number(BigInt((params?.[0] as string) ?? '0x0'))
        return n <= head ? block(n) : null
      }
      case 'eth_getTransactionByHash':
        return mined ? tx : null
      default:
        throw new Error(`unexpected ${method}`)
    }
  }) as EIP1193RequestFn
  return createClient({ transport: custom({ request }), cacheTime: 0 })
}

describe('#classifyStoredTx', () => {
  it('a transaction mined during the check is not called "replaced"', async () => {
    const client = nodeMiningDuringTheCheck()
    const first = await classifyStoredTx(client, stored)
    expect(first.status).not.toBe('replaced')
    expect(first.status).not.toBe('dropped')
    // Next poll: its receipt.
    expect((await classifyStoredTx(client, stored)).status).toBe('confirmed')
  })
})
