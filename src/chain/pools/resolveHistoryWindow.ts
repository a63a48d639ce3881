import type { Client } from 'viem'
import type { ChainBlock, SwapWindow } from '../../domain/pools/swapWindow.ts'
import { getCatalogueCore, getHistoryFromBlock } from '../catalogue/getCatalogue.ts'
import { findSwapWindow } from './findSwapWindow.ts'

/**
 * Days of pool history scanned where the whole history is not (public chains): the detail page's 7-day
 * backtest plus one day for its start price.
 */
export const BOUNDED_HISTORY_DAYS = 8

/** Where a pool's history scan starts: the whole history, or a bounded window of recent blocks. */
export type HistoryWindow =
  | { kind: 'whole'; fromBlock: bigint }
  | { kind: 'bounded'; fromBlock: bigint; window: SwapWindow }

/**
 * The first block of a pool's history scans (price history): the catalogue's start block where whole
 * histories are affordable, else the last {@link BOUNDED_HISTORY_DAYS} days of chain time before `head`,
 * found from block timestamps (findSwapWindow: 1-3 header reads), never below the catalogue's start block.
 * @returns undefined on a chain Poolscope has no catalogue for
 */
export async function resolveHistoryWindow(
  client: Client,
  parameters: { chainId: number; head: ChainBlock; days?: number },
): Promise<HistoryWindow | undefined> {
  const whole = getHistoryFromBlock(parameters.chainId)
  if (whole !== undefined) return { kind: 'whole', fromBlock: whole }
  const core = getCatalogueCore(parameters.chainId)
  if (!core) return undefined
  const window = await findSwapWindow(client, {
    head: parameters.head,
    seconds: (parameters.days ?? BOUNDED_HISTORY_DAYS) * 86_400,
    floor: BigInt(core.startBlock),
  })
  return { kind: 'bounded', fromBlock: window.fromBlock, window }
}
