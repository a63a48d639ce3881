import { decodeFunctionData, decodeFunctionResult, encodeFunctionResult, type Hex, parseAbi } from 'viem'
import type { CallLie } from './rpcFault.ts'

const multicall3 = parseAbi([
  'struct Call3 { address target; bool allowFailure; bytes callData; }',
  'struct Result { bool success; bytes returnData; }',
  'function aggregate3(Call3[] calls) payable returns (Result[] returnData)',
])

/** The selector each lie matches. */
export const LIE_SELECTORS: Record<CallLie, Hex> = {
  'slot0-price-up': '0x3850c7bd',
  'slot0-price-down': '0x3850c7bd',
  'balance-plus-1-wei': '0x70a08231',
  'position-liquidity': '0x99fbab88',
  'v2-reserves': '0x0902f1ac',
}
const AGGREGATE3: Hex = '0x82ad56cb'

const word = (data: Hex, index: number) => BigInt(`0x${data.slice(2 + index * 64, 2 + index * 64 + 64)}`)
const withWord = (data: Hex, index: number, value: bigint): Hex =>
  `0x${data.slice(2, 2 + index * 64)}${value.toString(16).padStart(64, '0')}${data.slice(2 + index * 64 + 64)}` as Hex

/**
 * Rewrites the ABI-encoded return data of one read as `lie` says (words edited in place; the
 * other words untouched). sqrt(1.05) ≈ 1.024695, so slot0's price moves by 5 %.
 */
export function rewriteReturnData(lie: CallLie, data: Hex): Hex {
  if (data.length < 2 + 64) return data
  switch (lie) {
    case 'slot0-price-up':
      return withWord(data, 0, (word(data, 0) * 1_024_695n) / 1_000_000n)
    case 'slot0-price-down':
      // sqrt(0.95) ≈ 0.974679
      return withWord(data, 0, (word(data, 0) * 974_679n) / 1_000_000n)
    case 'balance-plus-1-wei':
      return withWord(data, 0, word(data, 0) + 1n)
    case 'position-liquidity': {
      // positions(): nonce, operator, token0, token1, fee, tickLower, tickUpper, liquidity (word 7), …
      if (data.length < 2 + 8 * 64) return data
      const liquidity = word(data, 7)
      return withWord(data, 7, liquidity === 0n ? 1_000n : (liquidity * 99n) / 100n)
    }
    case 'v2-reserves':
      return withWord(data, 0, (word(data, 0) * 101n) / 100n)
  }
}

/**
 * Rewrites an eth_call result for `calldata`: a direct call with the lie's selector, or every
 * matching inner call of a Multicall3 aggregate3 (decoded, rewritten, re-encoded).
 * @returns the new result, or the same one when nothing matched
 */
export function rewriteCallResult(lie: CallLie, calldata: Hex | undefined, result: Hex): Hex {
  if (!calldata) return result
  const selector = calldata.slice(0, 10).toLowerCase()
  if (selector === LIE_SELECTORS[lie]) return rewriteReturnData(lie, result)
  if (selector !== AGGREGATE3) return result
  const { args } = decodeFunctionData({ abi: multicall3, data: calldata })
  const calls = args[0]
  const results = decodeFunctionResult({ abi: multicall3, functionName: 'aggregate3', data: result })
  let changed = false
  const rewritten = results.map((entry, index) => {
    const inner = calls[index]
    if (!entry.success || inner?.callData.slice(0, 10).toLowerCase() !== LIE_SELECTORS[lie]) return entry
    changed = true
    return { success: true, returnData: rewriteReturnData(lie, entry.returnData) }
  })
  return changed
    ? encodeFunctionResult({ abi: multicall3, functionName: 'aggregate3', result: rewritten })
    : result
}
