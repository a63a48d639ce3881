import type { Address, Client } from 'viem'
import { readBatch } from './batch/readBatch.ts'
import { erc20AllowanceCall } from './readers/readBalances.ts'

/**
 * The ERC-20 allowance `owner` gave `spender` on `token`, wei.
 * @throws when the read failed (an unknown allowance is never taken as 0)
 */
export async function readAllowance(
  client: Client,
  parameters: {
    token: Address
    owner: Address
    spender: Address
    multicall3?: Address | undefined
    signal?: AbortSignal | undefined
  },
): Promise<bigint> {
  const { token, owner, spender } = parameters
  const { allowance } = await readBatch(client, {
    multicall3: parameters.multicall3,
    signal: parameters.signal,
    calls: { allowance: erc20AllowanceCall(token, owner, spender) },
  })
  if (!allowance.ok) throw new Error(`allowance of ${token} unavailable: ${allowance.error}`)
  return allowance.value
}
