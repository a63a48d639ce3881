import type { Address, Client } from 'viem'
import type { TokenMeta } from '../domain/positions/model.ts'
import { readBatch } from './batch/readBatch.ts'
import { erc20BalanceCall } from './readers/readBalances.ts'
import { tokenMetadataCalls, toTokenMeta } from './readers/readTokenMetadata.ts'

/** What a pasted token address turned out to be on chain. */
export interface TokenCheckRead {
  /** Symbol, name and decimals as the contract reports them; undefined when unreadable. */
  metadata: TokenMeta | undefined
  /** The address answers ERC-20 balanceOf. */
  erc20Ok: boolean
}

/**
 * Reads a pasted token's metadata and probes balanceOf, in ONE eth_call, for the add-liquidity
 * token check.
 */
export async function readTokenCheck(
  client: Client,
  parameters: { multicall3: Address; token: Address; signal?: AbortSignal | undefined },
): Promise<TokenCheckRead> {
  const { multicall3, token, signal } = parameters
  const results = await readBatch(client, {
    multicall3,
    signal,
    calls: { metadata: tokenMetadataCalls(token), balance: erc20BalanceCall(token, token) },
  })
  return { metadata: toTokenMeta(token, results.metadata), erc20Ok: results.balance.ok }
}
