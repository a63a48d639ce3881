import {
  type Abi,
  type Address,
  type ContractFunctionArgs,
  type ContractFunctionName,
  type ContractFunctionReturnType,
  decodeFunctionResult,
  encodeFunctionData,
  type Hex,
} from 'viem'
import type { ReadResult } from '../../domain/readResult.ts'

type Mutability = 'pure' | 'view' | 'nonpayable' | 'payable'

const batchCallBrand: unique symbol = Symbol('poolscope.batchCall')

/** One call of a batch: its target, its calldata and how to decode its return data. */
export interface BatchCall<result> {
  readonly [batchCallBrand]: true
  readonly target: Address
  readonly callData: Hex
  readonly decode: (returnData: Hex) => result
}

/** Outcome of one call of a batch: a failure never fails the whole batch. */
export type BatchResult<result> = ReadResult<result>

/** Tells a call apart from a record or list of calls. */
export function isBatchCall(value: unknown): value is BatchCall<unknown> {
  return typeof value === 'object' && value !== null && batchCallBrand in value
}

/**
 * A call with a hand-written decoder (for returns an ABI cannot describe, e.g. string-or-bytes32).
 * @example rawCall(token, encodeFunctionData({ abi, functionName: 'symbol' }), decodeStringOrBytes32)
 */
export function rawCall<result>(
  target: Address,
  callData: Hex,
  decode: (returnData: Hex) => result,
): BatchCall<result> {
  return { [batchCallBrand]: true, target, callData, decode }
}

/**
 * A call typed from its ABI: the result type is viem's `ContractFunctionReturnType`.
 * @example call(pool, uniswapV3PoolAbi, 'liquidity', []) // BatchCall<bigint>
 */
export function call<
  const abi extends Abi,
  name extends ContractFunctionName<abi, Mutability>,
  const args extends ContractFunctionArgs<abi, Mutability, name>,
>(
  target: Address,
  abi: abi,
  functionName: name,
  args: args,
): BatchCall<ContractFunctionReturnType<abi, Mutability, name, args>> {
  const callData = encodeFunctionData({ abi, functionName, args } as never)
  return rawCall(
    target,
    callData,
    (data) =>
      decodeFunctionResult({ abi, functionName, args, data } as never) as ContractFunctionReturnType<
        abi,
        Mutability,
        name,
        args
      >,
  )
}

/**
 * The same call, its decoded value mapped (a tuple into a named object, a raw value into a domain one).
 * @example mapCall(call(pool, abi, 'slot0', []), ([sqrtPriceX96, tick]) => ({ sqrtPriceX96, tick }))
 */
export function mapCall<value, mapped>(
  source: BatchCall<value>,
  map: (value: value) => mapped,
): BatchCall<mapped> {
  return rawCall(source.target, source.callData, (data) => map(source.decode(data)))
}
