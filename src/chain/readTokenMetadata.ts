import { type Address, type Client, getAddress, type Hex, hexToString, trim } from 'viem'
import type { TokenMeta } from '../domain/positions/model.ts'
import { erc20Abi } from './abi/erc20Abi.ts'
import { aggregateCalls, type BatchCall, type BatchResult, contractCall } from './aggregateCalls.ts'

/** Symbols longer than this are shortened in `displaySymbol`. */
export const DISPLAY_SYMBOL_MAX_LENGTH = 12
/** Above this many decimals a token is flagged (exact amounts still work). */
export const UNUSUAL_DECIMALS_THRESHOLD = 36

/** Decodes a string-or-bytes32 return (old tokens like MKR return bytes32). */
export function decodeStringOrBytes32(returnData: Hex): string {
  // ABI string: offset word + length word + data (>= 64 bytes); bytes32: exactly one word.
  if (returnData.length === 66) return hexToString(trim(returnData, { dir: 'right' })).replace(/\0/g, '')
  return contractCall('0x0000000000000000000000000000000000000000', erc20Abi, 'symbol', []).decode(returnData)
}

/** Shortens a raw symbol for layout; escaping is the UI's job. */
export function toDisplaySymbol(symbol: string): string {
  const chars = Array.from(symbol.trim())
  return chars.length > DISPLAY_SYMBOL_MAX_LENGTH
    ? `${chars.slice(0, DISPLAY_SYMBOL_MAX_LENGTH).join('')}…`
    : chars.join('')
}

function rawCall(target: Address, functionName: 'symbol' | 'name'): BatchCall<string> {
  const base = contractCall(target, erc20Abi, functionName, [])
  return { ...base, decode: decodeStringOrBytes32 }
}

/** The three calls that read one token's metadata, for a caller's aggregate batch. */
export function tokenMetadataCalls(
  token: Address,
): [BatchCall<string>, BatchCall<string>, BatchCall<number>] {
  return [rawCall(token, 'symbol'), rawCall(token, 'name'), contractCall(token, erc20Abi, 'decimals', [])]
}

/** Builds TokenMeta from the results of `tokenMetadataCalls`; never throws. */
export function toTokenMeta(
  token: Address,
  symbol: BatchResult<string>,
  name: BatchResult<string>,
  decimals: BatchResult<number>,
): TokenMeta {
  const address = getAddress(token)
  const rawSymbol = symbol.ok && symbol.value.length > 0 ? symbol.value : undefined
  const fallbackSymbol = `${address.slice(0, 6)}…${address.slice(-4)}`
  const resolvedSymbol = rawSymbol ?? fallbackSymbol
  const resolvedName = name.ok && name.value.length > 0 ? name.value : resolvedSymbol
  const resolvedDecimals = decimals.ok ? decimals.value : 18
  return {
    address,
    symbol: resolvedSymbol,
    displaySymbol: toDisplaySymbol(resolvedSymbol),
    name: resolvedName,
    decimals: resolvedDecimals,
    unusualDecimals: resolvedDecimals > UNUSUAL_DECIMALS_THRESHOLD,
    metadataOk: rawSymbol !== undefined && decimals.ok,
  }
}

/**
 * Metadata of `tokens` in one eth_call; a token that reverts or has no code still gets an entry
 * (`metadataOk: false`, address-based symbol) instead of failing the batch.
 */
export async function readTokenMetadata(
  client: Client,
  parameters: { multicall3: Address; tokens: readonly Address[]; blockNumber?: bigint },
): Promise<TokenMeta[]> {
  const { multicall3, tokens, blockNumber } = parameters
  const results = await aggregateCalls(client, {
    multicall3,
    calls: tokens.flatMap((token) => tokenMetadataCalls(token)),
    blockNumber,
  })
  return tokens.map((token, index) =>
    toTokenMeta(
      token,
      results[index * 3] as BatchResult<string>,
      results[index * 3 + 1] as BatchResult<string>,
      results[index * 3 + 2] as BatchResult<number>,
    ),
  )
}
