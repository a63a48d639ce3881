import type { Client, PublicClient } from 'viem'
import type { Config } from 'wagmi'
import { getClient, getPublicClient } from 'wagmi/actions'

/**
 * The viem client of `chainId` from the wagmi config, for a `queryFn` (the wagmi way: options take the
 * config, and the client is looked up when the query runs, so keys hold only plain inputs).
 * @throws when the app has no transport for the chain
 */
export function clientFor(config: Config, chainId: number): Client {
  const client = getClient(config, { chainId: chainId as never })
  if (!client) throw new Error(`No RPC connection for chain ${chainId}.`)
  return client as Client
}

/**
 * The chain's client with viem's public actions attached (`client.multicall(...)`), for readers written
 * against a PublicClient.
 * @throws when the app has no transport for the chain
 */
export function publicClientFor(config: Config, chainId: number): PublicClient {
  const client = getPublicClient(config, { chainId: chainId as never })
  if (!client) throw new Error(`No RPC connection for chain ${chainId}.`)
  return client as PublicClient
}
