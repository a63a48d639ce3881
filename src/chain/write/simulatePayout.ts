import {
  type Address,
  type Client,
  type Hex,
  hexToBigInt,
  numberToHex,
  toEventSelector,
  zeroAddress,
} from 'viem'
import type { TxRequest } from './txRequest.ts'

/** ERC-20 transfers, and eth_simulateV1's traced ETH moves (computed: the bundle holds no 32-byte literals). */
const TRANSFER_TOPIC = toEventSelector('Transfer(address,address,uint256)')
/** eth_simulateV1 with traceTransfers reports native ETH moves as Transfer logs of this address. */
const NATIVE_TRANSFER_ADDRESS = '0xeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee'

/** What a simulated transaction pays `recipient` in each currency, net (received − sent), wei. */
export type SimulatedPayout =
  | { status: 'ok'; amountsWei: bigint[] }
  /** The node has no eth_simulateV1 (or no transfer tracing): the amounts cannot be read from the simulation. */
  | { status: 'unsupported'; message: string }
  | { status: 'reverted'; message: string }

type SimulatedLog = { address: string; topics: Hex[]; data: Hex }
type SimulatedCall = { status: Hex; logs: SimulatedLog[]; error?: { message?: string } }

const topicAddress = (topic: Hex | undefined) => (topic ? `0x${topic.slice(26)}`.toLowerCase() : '')

/**
 * Simulates the EXACT request (eth_simulateV1 at the latest block, transfers traced) and sums, per currency
 * (address(0) = native ETH), the transfers into `recipient` minus those out of it. This is how a call that
 * returns nothing (V4 modifyLiquidities) shows what it pays, including anything a hook takes or adds.
 * Gas is not charged in the simulation, so an ETH figure is the transfer alone.
 */
export async function simulatePayout(
  client: Client,
  parameters: { account: Address; request: TxRequest; recipient: Address; currencies: readonly Address[] },
): Promise<SimulatedPayout> {
  const { account, request, recipient, currencies } = parameters
  let blocks: { calls: SimulatedCall[] }[]
  try {
    blocks = (await client.request({
      method: 'eth_simulateV1',
      params: [
        {
          blockStateCalls: [
            {
              calls: [
                { from: account, to: request.to, data: request.data, value: numberToHex(request.valueWei) },
              ],
            },
          ],
          traceTransfers: true,
          validation: false,
        },
        'latest',
      ],
    } as never)) as { calls: SimulatedCall[] }[]
  } catch (error) {
    return {
      status: 'unsupported',
      message: `the RPC could not trace the simulation's transfers (eth_simulateV1): ${String((error as Error).message ?? error).split('\n')[0]}`,
    }
  }
  const call = blocks?.[0]?.calls?.[0]
  if (!call) return { status: 'unsupported', message: 'eth_simulateV1 returned no call result' }
  if (call.status !== '0x1')
    return { status: 'reverted', message: call.error?.message ?? 'the simulated transaction reverted' }
  const who = recipient.toLowerCase()
  const amountsWei = currencies.map((currency) => {
    const source = currency === zeroAddress ? NATIVE_TRANSFER_ADDRESS : currency.toLowerCase()
    let net = 0n
    for (const log of call.logs) {
      if (log.address.toLowerCase() !== source || log.topics[0] !== TRANSFER_TOPIC || log.topics.length !== 3)
        continue
      const amount = hexToBigInt(log.data)
      if (topicAddress(log.topics[2]) === who) net += amount
      if (topicAddress(log.topics[1]) === who) net -= amount
    }
    return net
  })
  return { status: 'ok', amountsWei }
}
