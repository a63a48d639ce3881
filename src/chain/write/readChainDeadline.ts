import type { Client } from 'viem'
import { getBlock } from 'viem/actions'

/**
 * Deadline in unix seconds from the latest block's timestamp (chain time, not the wall clock: the
 * devnet's clock is months away from now).
 */
export async function readChainDeadline(client: Client, deadlineMinutes: number): Promise<bigint> {
  const block = await getBlock(client, { blockTag: 'latest' })
  return block.timestamp + BigInt(Math.round(deadlineMinutes * 60))
}
