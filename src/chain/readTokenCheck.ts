import { type Address, type Client, erc20Abi } from 'viem'
import { readContract } from 'viem/actions'
import type { TokenMeta } from '../domain/positions/model.ts'
import { readTokenMetadata } from './readTokenMetadata.ts'

/** What a pasted token address turned out to be on chain. */
export interface TokenCheckRead {
  /** Symbol, name and decimals as the contract reports them; undefined when unreadable. */
  metadata: TokenMeta | undefined
  /** The address answers ERC-20 balanceOf. */
  erc20Ok: boolean
}

/** Reads a pasted token's metadata (one multicall) and probes balanceOf, for the add-liquidity token check. */
export async function readTokenCheck(
  client: Client,
  parameters: { multicall3: Address; token: Address },
): Promise<TokenCheckRead> {
  const { multicall3, token } = parameters
  const [metadata] = await readTokenMetadata(client, { multicall3, tokens: [token] })
  const erc20Ok = await readContract(client, {
    address: token,
    abi: erc20Abi,
    functionName: 'balanceOf',
    args: [token],
  }).then(
    () => true,
    () => false,
  )
  return { metadata, erc20Ok }
}
