import { type Address, type Client, type Hex, numberToHex } from 'viem'
import type { LogStore } from './logStore.ts'

/** The fields of a log the history needs (plain data: cacheable in IndexedDB). */
export interface RawLog {
  address: Address
  topics: readonly Hex[]
  data: Hex
  blockNumber: bigint
  transactionHash: Hex
  logIndex: number
  /** Unix seconds of the log's block, when the node sends it (anvil, reth, geth ≥ 1.14 do). */
  blockTimestamp?: number
}

interface CachedLogs {
  fromBlock: bigint
  headBlock: bigint
  logs: RawLog[]
}

export interface FetchLogsCachedParameters {
  store: LogStore
  /** Unique per chain/contracts/topics/account: e.g. `31337:npm:0x…:inc-dec-collect:…`. */
  cacheKey: string
  address: Address | readonly Address[]
  topics: readonly (Hex | readonly Hex[] | null)[]
  fromBlock: bigint
  toBlock: bigint
  /** Blocks per eth_getLogs (halved on "range too large" errors). Default 5,000. */
  chunkSize?: bigint
}

const RANGE_ERROR = /range|too many|limit|exceed|too large|10000|response size/i

type RpcLog = {
  address: Address
  topics: Hex[]
  data: Hex
  blockNumber: Hex
  transactionHash: Hex
  logIndex: Hex
  blockTimestamp?: Hex
}

/**
 * eth_getLogs over [fromBlock, toBlock] in bounded ranges, cached in `store` so a later call only
 * asks for blocks after the cached head (a reload within one range costs one request).
 * @returns logs in chain order
 */
export async function fetchLogsCached(
  client: Client,
  parameters: FetchLogsCachedParameters,
): Promise<RawLog[]> {
  const { store, cacheKey, address, topics, fromBlock, toBlock } = parameters
  let chunkSize = parameters.chunkSize ?? 5_000n
  const cached = await store.get<CachedLogs>(cacheKey)
  const usable = cached && cached.fromBlock <= fromBlock && cached.headBlock <= toBlock
  const logs = usable ? [...cached.logs] : []
  let start = usable ? cached.headBlock + 1n : fromBlock
  while (start <= toBlock) {
    const end = start + chunkSize - 1n < toBlock ? start + chunkSize - 1n : toBlock
    let page: RpcLog[]
    try {
      page = (await client.request({
        method: 'eth_getLogs',
        params: [
          {
            address: address as Address | Address[],
            topics: topics as (Hex | Hex[] | null)[],
            fromBlock: numberToHex(start),
            toBlock: numberToHex(end),
          },
        ],
      })) as RpcLog[]
    } catch (error) {
      if (chunkSize > 1n && RANGE_ERROR.test(String((error as Error).message))) {
        chunkSize /= 2n
        continue
      }
      throw error
    }
    for (const log of page)
      logs.push({
        address: log.address,
        topics: log.topics,
        data: log.data,
        blockNumber: BigInt(log.blockNumber),
        transactionHash: log.transactionHash,
        logIndex: Number(log.logIndex),
        ...(log.blockTimestamp === undefined ? {} : { blockTimestamp: Number(log.blockTimestamp) }),
      })
    start = end + 1n
  }
  await store.set(cacheKey, { fromBlock: usable ? cached.fromBlock : fromBlock, headBlock: toBlock, logs })
  return logs
}
