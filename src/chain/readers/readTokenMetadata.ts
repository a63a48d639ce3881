import { type Address, type Client, encodeFunctionData, getAddress, type Hex, hexToString, trim } from 'viem'
import type { TokenMeta } from '../../domain/positions/model.ts'
import { erc20Abi } from '../abi/erc20Abi.ts'
import { type BatchResult, call, rawCall } from '../batch/batchCall.ts'
import { zipResults } from '../batch/batchResult.ts'
import { readBatch } from '../batch/readBatch.ts'

/** Symbols longer than this are shortened in `displaySymbol`. */
export const DISPLAY_SYMBOL_MAX_LENGTH = 12
/** Above this many decimals a token is flagged (exact amounts still work). */
export const UNUSUAL_DECIMALS_THRESHOLD = 36

const symbolCall = call('0x0000000000000000000000000000000000000000', erc20Abi, 'symbol', [])

/** Decodes a string-or-bytes32 return (old tokens like MKR return bytes32). */
export function decodeStringOrBytes32(returnData: Hex): string {
  // ABI string: offset word + length word + data (>= 64 bytes); bytes32: exactly one word.
  if (returnData.length === 66) return hexToString(trim(returnData, { dir: 'right' })).replace(/\0/g, '')
  return symbolCall.decode(returnData)
}

/** Shortens a raw symbol for layout; escaping is the UI's job. */
export function toDisplaySymbol(symbol: string): string {
  const chars = Array.from(symbol.trim())
  return chars.length > DISPLAY_SYMBOL_MAX_LENGTH
    ? `${chars.slice(0, DISPLAY_SYMBOL_MAX_LENGTH).join('')}…`
    : chars.join('')
}

/** The calls that read one token's metadata (symbol and name as string or bytes32), by name. */
export function tokenMetadataCalls(token: Address) {
  return {
    symbol: rawCall(
      token,
      encodeFunctionData({ abi: erc20Abi, functionName: 'symbol' }),
      decodeStringOrBytes32,
    ),
    name: rawCall(token, encodeFunctionData({ abi: erc20Abi, functionName: 'name' }), decodeStringOrBytes32),
    decimals: call(token, erc20Abi, 'decimals', []),
  }
}

/** The results of `tokenMetadataCalls`. */
export type TokenMetadataResults = {
  symbol: BatchResult<string>
  name: BatchResult<string>
  decimals: BatchResult<number>
}

/**
 * TokenMeta from the results of `tokenMetadataCalls`; never throws. A failed decimals() leaves
 * `metadataOk: false` (the caller shows the token's amounts unavailable).
 */
export function toTokenMeta(token: Address, results: TokenMetadataResults): TokenMeta {
  const { symbol, name, decimals } = results
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
  parameters: {
    tokens: readonly Address[]
    multicall3?: Address | undefined
    blockNumber?: bigint | undefined
    signal?: AbortSignal | undefined
  },
): Promise<TokenMeta[]> {
  const { tokens } = parameters
  const results = await readBatch(client, {
    multicall3: parameters.multicall3,
    blockNumber: parameters.blockNumber,
    signal: parameters.signal,
    calls: tokens.map((token) => tokenMetadataCalls(token)),
  })
  return zipResults(tokens, results).map(([token, entry]) => toTokenMeta(token, entry))
}
