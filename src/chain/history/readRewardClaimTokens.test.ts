import { type Address, type Client, getAddress, type Hex, numberToHex, pad, toHex } from 'viem'
import { describe, expect, it } from 'vitest'
import type { V3IncentiveInfo } from '../../domain/catalogue/types.ts'
import type { RawLog } from '../../domain/history/logTypes.ts'
import { createMemoryLogStore } from './logStore.ts'
import { readRewardClaimTokens } from './readRewardClaimTokens.ts'

// keccak256 of the event signatures, written out here.
const REWARD_CLAIMED = '0x106f923f993c2149d49b4255ff723acafa1f2d94393f561d3eda32ae348f7241' as Hex
const TRANSFER = '0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef' as Hex

const STAKER = getAddress('0x00000000000000000000000000000000000000a1')
const ACCOUNT = getAddress('0x00000000000000000000000000000000000000a2')
const TOKEN_X = getAddress('0x00000000000000000000000000000000000000d1')
const TOKEN_Y = getAddress('0x00000000000000000000000000000000000000d2')
const word = (address: Address) => pad(address, { size: 32 }).toLowerCase() as Hex
const txHash = (n: number) => pad(numberToHex(n), { size: 32 })

const incentive = (rewardToken: Address): V3IncentiveInfo => ({
  rewardToken,
  pool: STAKER,
  startTime: 1,
  endTime: 2,
  refundee: ACCOUNT,
  incentiveId: pad(rewardToken, { size: 32 }),
})

function claim(n: number): RawLog {
  return {
    address: STAKER,
    topics: [REWARD_CLAIMED, word(ACCOUNT)],
    data: toHex(5n, { size: 32 }),
    blockNumber: BigInt(n),
    transactionHash: txHash(n),
    logIndex: 0,
  }
}

/** A node whose claim transaction n paid TOKEN_X when n is odd, TOKEN_Y when even (0: nothing paid). */
function fakeNode() {
  const receipts: Hex[] = []
  const client = {
    request: async ({ method, params }: { method: string; params: [Hex] }) => {
      if (method !== 'eth_getTransactionReceipt') throw new Error(`unexpected ${method}`)
      receipts.push(params[0])
      const n = Number(BigInt(params[0]))
      const token = n % 2 === 1 ? TOKEN_X : TOKEN_Y
      return {
        transactionHash: params[0],
        blockNumber: numberToHex(n),
        blockHash: txHash(n),
        status: '0x1',
        logs:
          n === 0
            ? []
            : [
                {
                  address: token,
                  topics: [TRANSFER, word(STAKER), word(ACCOUNT)],
                  data: toHex(5n, { size: 32 }),
                  blockNumber: numberToHex(n),
                  transactionHash: params[0],
                  logIndex: '0x1',
                },
              ],
      }
    },
  } as unknown as Client
  return { client, receipts }
}

describe('#readRewardClaimTokens', () => {
  const parameters = {
    chainId: 4242,
    account: ACCOUNT,
    v3Staker: STAKER,
  }
  it('with one reward token, names it without any request', async () => {
    const node = fakeNode()
    const tokens = await readRewardClaimTokens(node.client, {
      ...parameters,
      store: createMemoryLogStore(),
      logs: [claim(1), claim(2)],
      incentives: [incentive(TOKEN_X)],
    })
    expect([...tokens]).toEqual([
      [txHash(1), TOKEN_X.toLowerCase()],
      [txHash(2), TOKEN_X.toLowerCase()],
    ])
    expect(node.receipts).toEqual([])
  })

  it('with several, reads each claim transaction once (a claim of 0 included), then from the cache', async () => {
    const node = fakeNode()
    const store = createMemoryLogStore()
    const read = () =>
      readRewardClaimTokens(node.client, {
        ...parameters,
        store,
        logs: [claim(0), claim(1), claim(2), claim(3)],
        incentives: [incentive(TOKEN_X), incentive(TOKEN_Y)],
      })
    const tokens = await read()
    expect([...tokens]).toEqual([
      [txHash(1), TOKEN_X.toLowerCase()],
      [txHash(2), TOKEN_Y.toLowerCase()],
      [txHash(3), TOKEN_X.toLowerCase()],
    ])
    expect([...node.receipts].sort()).toEqual([txHash(0), txHash(1), txHash(2), txHash(3)])
    expect([...(await read())]).toEqual([...tokens])
    expect(node.receipts).toHaveLength(4)
  })
})
