import type { Address, Client } from 'viem'
import type { AllowanceCheck, AllowanceRead } from '../../domain/catalogue/knownSpenders.ts'
import { readBatch } from '../batch/readBatch.ts'
import { erc20AllowanceCall } from './readBalances.ts'

/**
 * Every allowance of `owner` in `checks` in ONE Multicall3 request (allowFailure per call): a token that
 * reverts or has no code fails on its own rows only. The block the figures are read at is returned too.
 * @throws when the request itself failed (an outage to retry)
 */
export async function readAllowances(
  client: Client,
  parameters: {
    owner: Address
    checks: readonly AllowanceCheck[]
    multicall3?: Address | undefined
    blockNumber?: bigint | undefined
    signal?: AbortSignal | undefined
  },
): Promise<AllowanceRead[]> {
  const { owner, checks } = parameters
  const { allowances } = await readBatch(client, {
    multicall3: parameters.multicall3,
    blockNumber: parameters.blockNumber,
    signal: parameters.signal,
    calls: {
      allowances: checks.map((check) =>
        erc20AllowanceCall(check.token.address, owner, check.spender.address),
      ),
    },
  })
  return checks.map((check, index) => ({
    ...check,
    allowance: allowances[index] ?? { ok: false, error: 'missing from the batch' },
  }))
}
