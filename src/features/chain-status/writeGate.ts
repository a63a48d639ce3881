import { type Client, type Hex, hexToBigInt, hexToNumber } from 'viem'
import { crossCheckBlockHash } from '../../config/chainTransport.ts'
import { extendCriticalReads, getRpcTrust } from '../../config/rpcCrossCheck.ts'
import { formatLag, nodeLabel, staleLagSeconds } from './staleness.ts'

/**
 * Whether a write may go to the wallet now, from the RPC's own answers just before it.
 * - `blocked`: a reason no write may be sent (the RPC serves another chain, two RPCs disagree, …); null when none.
 * - `confirm`: a reason the user must confirm before sending (e.g. a stale node sets the deadline); null when none.
 */
export interface WriteGate {
  blocked: string | null
  confirm: string | null
}

function disagreementBlock(chainId: number): string | null {
  const disagreement = getRpcTrust(chainId)?.disagreement
  if (!disagreement) return null
  return `Two RPCs disagree about ${disagreement.about}; writes are blocked until the RPC URLs in Settings are fixed.`
}

/**
 * Checks the RPC right before a write: it must serve `chainId` (the wallet's chain is checked by the flow),
 * its head must agree with the second RPC when there is one, and on a public chain its head must be fresh.
 * It also makes every read of the next two minutes critical (re-run on the second RPC at the same block),
 * so the flow's simulations and re-reads are cross-checked too.
 * @param client a viem client for the selected chain (the app's RPC, not the wallet's)
 * @param chainId the chain the app has selected
 * @returns the gate; an unreachable RPC blocks the write (the deadline and simulation come from it);
 *   two RPCs that disagree block it; a stale node (head > 180 s behind the wall clock, public chains) asks to confirm
 */
export async function checkWriteGate(client: Client, chainId: number): Promise<WriteGate> {
  extendCriticalReads()
  let rpcChainId: number
  let head: { number: Hex; hash: Hex; timestamp: Hex } | null
  try {
    ;[rpcChainId, head] = await Promise.all([
      client.request({ method: 'eth_chainId' }).then(hexToNumber),
      client.request({ method: 'eth_getBlockByNumber', params: ['latest', false] }) as Promise<{
        number: Hex
        hash: Hex
        timestamp: Hex
      } | null>,
    ])
  } catch {
    return {
      blocked: 'The RPC did not answer, so the transaction cannot be checked. Retry when it is back.',
      confirm: null,
    }
  }
  if (rpcChainId !== chainId)
    return {
      blocked: `The RPC serves chain id ${rpcChainId}, not ${chainId}: writes are blocked until the RPC URL in Settings is fixed.`,
      confirm: null,
    }
  const known = disagreementBlock(chainId)
  if (known) return { blocked: known, confirm: null }
  if (!head?.hash || !head.timestamp || !head.number)
    return {
      blocked: 'The RPC returned no latest block, so the transaction cannot be checked.',
      confirm: null,
    }
  await crossCheckBlockHash(chainId, hexToBigInt(head.number), head.hash)
  const found = disagreementBlock(chainId)
  if (found) return { blocked: found, confirm: null }
  const lag = staleLagSeconds(chainId, hexToBigInt(head.timestamp), Date.now())
  if (lag !== null) {
    const trust = getRpcTrust(chainId)
    const node = nodeLabel(trust?.lastNodeUrl ?? trust?.urls[0])
    return {
      blocked: null,
      confirm: `The node ${node} is stale: its latest block is ${formatLag(lag)} old. The deadline is taken from that block, so it may already have passed or be near; the figures may be out of date. Send anyway?`,
    }
  }
  return { blocked: null, confirm: null }
}
