import {
  type Abi,
  type Address,
  type Client,
  type ContractFunctionArgs,
  type ContractFunctionName,
  type ContractFunctionReturnType,
  decodeFunctionResult,
  encodeFunctionData,
  type Hex,
} from 'viem'
import { call } from 'viem/actions'
import { multicall3Abi } from './abi/multicall3Abi.ts'

/** One call of a batch: raw calldata plus how to decode its return data. */
export interface BatchCall<result> {
  target: Address
  callData: Hex
  decode: (returnData: Hex) => result
}

/** Outcome of one call of a batch: a failure never fails the whole batch. */
export type BatchResult<result> = { ok: true; value: result } | { ok: false; error: string }

type ResultsOf<calls extends readonly BatchCall<unknown>[]> = {
  [index in keyof calls]: calls[index] extends BatchCall<infer result> ? BatchResult<result> : never
}

/**
 * A typed call for `aggregateCalls`.
 * @example contractCall(pool, uniswapV3PoolAbi, 'liquidity', []) // BatchCall<bigint>
 */
export function contractCall<
  const abi extends Abi,
  name extends ContractFunctionName<abi>,
  const args extends ContractFunctionArgs<abi, 'pure' | 'view' | 'nonpayable' | 'payable', name>,
>(
  target: Address,
  abi: abi,
  functionName: name,
  args: args,
): BatchCall<ContractFunctionReturnType<abi, 'pure' | 'view' | 'nonpayable' | 'payable', name, args>> {
  const callData = encodeFunctionData({ abi, functionName, args } as never)
  return {
    target,
    callData,
    decode: (returnData) =>
      decodeFunctionResult({
        abi,
        functionName,
        args,
        data: returnData,
      } as never) as ContractFunctionReturnType<abi, 'pure' | 'view' | 'nonpayable' | 'payable', name, args>,
  }
}

export interface AggregateCallsParameters<calls extends readonly BatchCall<unknown>[]> {
  multicall3: Address
  calls: calls
  /** Pin the read to this block ("figures as of block N"); latest when omitted. */
  blockNumber?: bigint | undefined
}

/**
 * Runs every call in ONE eth_call of Multicall3.aggregate3 (allowFailure on each), so the number of
 * JSON-RPC requests does not grow with the number of calls. viem's own multicall action splits
 * calldata into 1 kB chunks by default and its client batching could re-wrap the call; this
 * helper sends exactly one request.
 * @returns per call `{ ok, value }` or `{ ok: false, error }` (reverted, no code, undecodable)
 */
export async function aggregateCalls<const calls extends readonly BatchCall<unknown>[]>(
  client: Client,
  parameters: AggregateCallsParameters<calls>,
): Promise<ResultsOf<calls>> {
  const { multicall3, calls, blockNumber } = parameters
  if (calls.length === 0) return [] as unknown as ResultsOf<calls>
  const { data } = await call(client, {
    to: multicall3,
    data: encodeFunctionData({
      abi: multicall3Abi,
      functionName: 'aggregate3',
      args: [calls.map((c) => ({ target: c.target, allowFailure: true, callData: c.callData }))],
    }),
    batch: false,
    ...(blockNumber === undefined ? {} : { blockNumber }),
  })
  if (!data) throw new Error('Multicall3 returned no data (is it deployed on this chain?)')
  const results = decodeFunctionResult({ abi: multicall3Abi, functionName: 'aggregate3', data })
  return calls.map((c, index) => {
    const result = results[index]
    if (!result?.success) return { ok: false, error: 'call reverted' }
    // A call to an address without code "succeeds" with empty data.
    if (result.returnData === '0x') return { ok: false, error: 'no contract at address' }
    try {
      return { ok: true, value: c.decode(result.returnData) }
    } catch {
      return { ok: false, error: 'undecodable return data' }
    }
  }) as unknown as ResultsOf<calls>
}
