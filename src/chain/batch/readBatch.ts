import { type Address, type Client, decodeFunctionResult, encodeFunctionData, type Hex } from 'viem'
import { call as ethCall } from 'viem/actions'
import { multicall3Abi } from '../abi/multicall3Abi.ts'
import { type BatchCall, type BatchResult, isBatchCall } from './batchCall.ts'

/** Multicall3's address on every chain that has it (the devnet deploys it there too). */
export const CANONICAL_MULTICALL3: Address = '0xcA11bde05977b3631167028862bE2a173976CA11'

/** A call, or a record or list of them, nested as deep as the caller likes. */
export type CallTree = BatchCall<unknown> | readonly CallTree[] | CallRecord

/** Calls (or nested records or lists of calls) by name. */
export interface CallRecord {
  readonly [name: string]: CallTree
}

/** The shape of a `CallTree` with every call replaced by its `BatchResult`. */
export type ResultTree<tree> = tree extends { readonly decode: (returnData: Hex) => infer result }
  ? BatchResult<result>
  : { -readonly [key in keyof tree]: ResultTree<tree[key]> }

export interface ReadBatchParameters<calls extends object> {
  /**
   * A `CallTree` (typed as `object`: a recursive constraint makes TypeScript's instantiation too deep). Named calls: `{ slot0: call(pool, abi, 'slot0', []), pairs: pairs.map((pair) => ({ ... })) }`. */
  calls: calls
  /** Multicall3 of the chain; the client's chain's, else the canonical address. */
  multicall3?: Address | undefined
  /** Pin the read to this block ("figures as of block N"); latest when omitted. */
  blockNumber?: bigint | undefined
  /** Checked before the request is sent and after it returns (a reader checks it between rounds). */
  signal?: AbortSignal | undefined
}

/** The chain's Multicall3: the client's chain config, else the canonical deployment. */
export function multicall3Of(client: Client, multicall3?: Address): Address {
  return multicall3 ?? client.chain?.contracts?.multicall3?.address ?? CANONICAL_MULTICALL3
}

function flatten(tree: CallTree, into: BatchCall<unknown>[]): void {
  if (isBatchCall(tree)) into.push(tree)
  else if (Array.isArray(tree)) for (const entry of tree) flatten(entry, into)
  else if (typeof tree === 'object' && tree !== null)
    for (const entry of Object.values(tree)) flatten(entry as CallTree, into)
  else throw new TypeError(`readBatch: ${String(tree)} is neither a call nor a record or list of calls`)
}

function rebuild(tree: CallTree, results: readonly BatchResult<unknown>[], cursor: { at: number }): unknown {
  if (isBatchCall(tree)) return results[cursor.at++]
  if (Array.isArray(tree)) return tree.map((entry) => rebuild(entry, results, cursor))
  const record: Record<string, unknown> = {}
  for (const [name, entry] of Object.entries(tree)) record[name] = rebuild(entry as CallTree, results, cursor)
  return record
}

function decodeOne(callEntry: BatchCall<unknown>, success: boolean, returnData: Hex): BatchResult<unknown> {
  if (!success) return { ok: false, error: 'call reverted' }
  // A call to an address without code "succeeds" with empty data.
  if (returnData === '0x') return { ok: false, error: 'no contract at address' }
  try {
    return { ok: true, value: callEntry.decode(returnData) }
  } catch {
    return { ok: false, error: 'undecodable return data' }
  }
}

/**
 * THE batching mechanism of src/chain: every call of the tree in ONE eth_call of
 * Multicall3.aggregate3 (allowFailure on each), results returned under the names the caller gave
 * them, each `{ ok: true, value }` or `{ ok: false, error }` (reverted, no code, undecodable).
 * One request whatever the number of calls: viem's multicall action would split calldata into
 * 1 kB chunks and its client batching could re-wrap the call. A failed request (HTTP, timeout,
 * JSON-RPC error) throws: it is an outage to retry, not a call the contract rejected.
 * @example
 * const { slot0, liquidity } = await readBatch(client, {
 *   calls: { slot0: call(pool, uniswapV3PoolAbi, 'slot0', []), liquidity: call(pool, uniswapV3PoolAbi, 'liquidity', []) },
 * })
 */
export async function readBatch<calls extends object>(
  client: Client,
  parameters: ReadBatchParameters<calls>,
): Promise<ResultTree<calls>> {
  const { calls, blockNumber, signal } = parameters
  signal?.throwIfAborted()
  const flat: BatchCall<unknown>[] = []
  flatten(calls as CallTree, flat)
  let results: BatchResult<unknown>[] = []
  if (flat.length > 0) {
    const { data } = await ethCall(client, {
      to: multicall3Of(client, parameters.multicall3),
      data: encodeFunctionData({
        abi: multicall3Abi,
        functionName: 'aggregate3',
        args: [flat.map((entry) => ({ target: entry.target, allowFailure: true, callData: entry.callData }))],
      }),
      batch: false,
      ...(blockNumber === undefined ? {} : { blockNumber }),
    })
    signal?.throwIfAborted()
    if (!data) throw new Error('Multicall3 returned no data (is it deployed on this chain?)')
    const returned = decodeFunctionResult({ abi: multicall3Abi, functionName: 'aggregate3', data })
    if (returned.length !== flat.length)
      throw new Error(`Multicall3 returned ${returned.length} results for ${flat.length} calls`)
    results = flat.map((entry, index) => {
      const result = returned[index] as { success: boolean; returnData: Hex }
      return decodeOne(entry, result.success, result.returnData)
    })
  }
  return rebuild(calls as CallTree, results, { at: 0 }) as never
}
