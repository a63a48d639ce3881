import { type Address, type Client, decodeFunctionResult, type Hex, type StateOverride } from 'viem'
import { call, estimateGas } from 'viem/actions'
import { type DecodedTxError, decodeTxError } from './decodeTxError.ts'
import type { TxRequest } from './txRequest.ts'

/** anvil (and some nodes) under-estimate NPM.mint: +25 % margin and a floor keep it from running out of gas. */
export const GAS_MARGIN_BPS = 2_500n
export const MIN_GAS_LIMIT = 100_000n

/**
 * Gas limit with a safety margin: estimate·(1 + margin), at least MIN_GAS_LIMIT.
 * @example gasWithMargin(400_000n) // 500000n
 */
export function gasWithMargin(estimatedGas: bigint): bigint {
  const padded = (estimatedGas * (10_000n + GAS_MARGIN_BPS) + 9_999n) / 10_000n
  return padded < MIN_GAS_LIMIT ? MIN_GAS_LIMIT : padded
}

export type PreparedTx =
  | { ok: true; request: TxRequest; gasLimit: bigint; estimatedGas: bigint; result: unknown; returnData: Hex }
  | { ok: false; request: TxRequest; error: DecodedTxError }

/**
 * Simulates the EXACT request as `account` (eth_call at the latest block) and estimates its gas, before
 * the wallet is asked to sign. A revert comes back decoded in plain words.
 * @param options.stateOverride simulate as if some state were different (e.g. approvals not yet mined)
 */
export async function prepareTx(
  client: Client,
  account: Address,
  request: TxRequest,
  options: { stateOverride?: StateOverride } = {},
): Promise<PreparedTx> {
  const tx = {
    account,
    to: request.to,
    data: request.data,
    value: request.valueWei,
    ...(options.stateOverride ? { stateOverride: options.stateOverride } : {}),
  }
  try {
    const { data: returnData = '0x' } = await call(client, tx)
    const estimatedGas = await estimateGas(client, tx)
    let result: unknown
    try {
      result = decodeFunctionResult({
        abi: request.abi,
        functionName: request.functionName,
        data: returnData,
      } as never)
    } catch {
      result = undefined // e.g. approve on a token returning nothing: the call still succeeded
    }
    return { ok: true, request, gasLimit: gasWithMargin(estimatedGas), estimatedGas, result, returnData }
  } catch (error) {
    return { ok: false, request, error: decodeTxError(error) }
  }
}
