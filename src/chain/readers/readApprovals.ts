import type { Address, Client } from 'viem'
import type {
  AllowanceCheck,
  AllowanceRead,
  Permit2AllowanceCheck,
  Permit2AllowanceRead,
} from '../../domain/catalogue/knownSpenders.ts'
import { permit2Abi } from '../abi/permit2Abi.ts'
import { call, mapCall } from '../batch/batchCall.ts'
import { multicall3Of, readBatch } from '../batch/readBatch.ts'
import { erc20AllowanceCall } from './readBalances.ts'
import { blockCalls, toBlock } from './readBlock.ts'

/** What the approvals panel shows, read in one request at one block. */
export interface ApprovalsRead {
  /** ERC-20 allowances (Permit2 among the spenders where the catalogue has it). */
  allowances: AllowanceRead[]
  /** Permit2's own allowances to its spenders (V4 PositionManager, Universal Router). */
  permit2: Permit2AllowanceRead[]
  /** The block the figures are as of, and its timestamp (chain time, what Permit2 expiries compare with). */
  blockNumber: bigint
  timestampSeconds: number
}

/**
 * Every ERC-20 allowance of `owner` in `checks` and every Permit2 allowance in `permit2Checks`
 * (`Permit2.allowance(owner, token, spender)` → amount, expiration, nonce), with the block and its
 * timestamp, in ONE Multicall3 request (allowFailure per call: a failed call fails its own row only).
 * @throws when the request itself failed, or Multicall3's block helpers did (an outage to retry)
 */
export async function readApprovals(
  client: Client,
  parameters: {
    owner: Address
    checks: readonly AllowanceCheck[]
    permit2Checks: readonly Permit2AllowanceCheck[]
    multicall3?: Address | undefined
    blockNumber?: bigint | undefined
    signal?: AbortSignal | undefined
  },
): Promise<ApprovalsRead> {
  const { owner, checks, permit2Checks } = parameters
  const results = await readBatch(client, {
    multicall3: parameters.multicall3,
    blockNumber: parameters.blockNumber,
    signal: parameters.signal,
    calls: {
      block: blockCalls(multicall3Of(client, parameters.multicall3)),
      allowances: checks.map((check) =>
        erc20AllowanceCall(check.token.address, owner, check.spender.address),
      ),
      permit2: permit2Checks.map((check) =>
        mapCall(
          call(check.permit2, permit2Abi, 'allowance', [owner, check.token.address, check.spender.address]),
          ([amountWei, expiration, nonce]) => ({ amountWei, expiration, nonce }),
        ),
      ),
    },
  })
  const block = toBlock(results.block)
  return {
    allowances: checks.map((check, index) => ({
      ...check,
      allowance: results.allowances[index] ?? { ok: false, error: 'missing from the batch' },
    })),
    permit2: permit2Checks.map((check, index) => ({
      ...check,
      allowance: results.permit2[index] ?? { ok: false, error: 'missing from the batch' },
    })),
    blockNumber: block.blockNumber,
    timestampSeconds: Number(block.timestamp),
  }
}
