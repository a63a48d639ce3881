import { decodeFunctionData, decodeFunctionResult, type Hex, multicall3Abi } from 'viem'
import { shortHex } from './rpcCrossCheck.ts'

// Apart from rpcCrossCheck.ts because it needs viem's ABI decoding: chainTransport.ts loads it with a
// dynamic import only when two RPCs disagree, which keeps the ABI coder out of the initial JS.

const KNOWN_SELECTORS: Record<string, string> = {
  '0x3850c7bd': 'slot0()',
  '0x70a08231': 'balanceOf()',
  '0x99fbab88': 'positions()',
  '0x0902f1ac': 'getReserves()',
  '0x1a686502': 'liquidity()',
  '0x18160ddd': 'totalSupply()',
  '0xdd62ed3e': 'allowance()',
  '0x82ad56cb': 'aggregate3()',
}

// viem's Multicall3 ABI (config imports nothing from chain, where the generated ABIs live).
const aggregate3Abi = multicall3Abi

/** The first 32-byte word where two ABI-encoded answers differ, as decimals ("word 7: 5000 vs 4950"). */
function firstDifferentWord(a: Hex, b: Hex): { primary: string; witness: string } {
  const words = Math.max(a.length, b.length)
  for (let i = 2; i < words; i += 64) {
    const wa = a.slice(i, i + 64)
    const wb = b.slice(i, i + 64)
    if (wa !== wb) {
      const index = (i - 2) / 64
      const value = (word: string) => (word === '' ? 'nothing' : BigInt(`0x${word}`).toString())
      return { primary: `word ${index} = ${value(wa)}`, witness: `word ${index} = ${value(wb)}` }
    }
  }
  return { primary: shortHex(a), witness: shortHex(b) }
}

/**
 * What two different eth_call answers at one block disagree about, in words: the read (a known
 * name, or its selector; inside a Multicall3 aggregate3 the first inner read that differs) and the
 * first differing value of each answer.
 */
export function describeCallDifference(
  calldata: Hex | undefined,
  primary: unknown,
  witness: unknown,
  blockNumber: bigint,
): { about: string; primary: string; witness: string } {
  const name = (selector: string) => KNOWN_SELECTORS[selector] ?? `the read ${selector}`
  const fallback = {
    about: `the result of ${name((calldata ?? '0x').slice(0, 10))} at block ${blockNumber}`,
    primary: shortHex(primary),
    witness: shortHex(witness),
  }
  if (typeof primary !== 'string' || typeof witness !== 'string' || !calldata) return fallback
  try {
    if (calldata.slice(0, 10).toLowerCase() !== '0x82ad56cb') {
      return { about: fallback.about, ...firstDifferentWord(primary as Hex, witness as Hex) }
    }
    const decoded = decodeFunctionData({ abi: aggregate3Abi, data: calldata })
    if (decoded.functionName !== 'aggregate3') return fallback
    const { args } = decoded
    const a = decodeFunctionResult({ abi: aggregate3Abi, functionName: 'aggregate3', data: primary as Hex })
    const b = decodeFunctionResult({ abi: aggregate3Abi, functionName: 'aggregate3', data: witness as Hex })
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      if (a[i]?.returnData === b[i]?.returnData && a[i]?.success === b[i]?.success) continue
      const inner = args[0][i]
      return {
        about: `the result of ${name(inner?.callData.slice(0, 10) ?? '0x')} on ${inner?.target ?? '?'} at block ${blockNumber}`,
        ...firstDifferentWord(a[i]?.returnData ?? '0x', b[i]?.returnData ?? '0x'),
      }
    }
  } catch {
    // Undecodable: describe the whole answer.
  }
  return fallback
}
