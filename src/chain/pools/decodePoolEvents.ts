import { decodeEventLog, toEventSelector } from 'viem'
import type { RawLog } from '../../domain/history/logTypes.ts'
import type { EventPosition, V2PairEvent, V3PoolEvent } from '../../domain/pools/poolEvents.ts'
import { uniswapV2PairEventsAbi, uniswapV3PoolEventsAbi } from './poolEventsAbi.ts'

/** topic0 of every V3 event the replay needs (for eth_getLogs' topic filter). */
export const V3_REPLAY_TOPICS = (['Initialize', 'Mint', 'Burn', 'Swap', 'SetFeeProtocol'] as const).map(
  (name) => toEventSelector(uniswapV3PoolEventsAbi.find((item) => item.name === name) as never),
)
/** topic0 of the V3 Swap event alone. */
export const V3_SWAP_TOPIC = toEventSelector(
  uniswapV3PoolEventsAbi.find((item) => item.name === 'Swap') as never,
)
/** topic0 of V2 Swap and Sync. */
export const V2_SWAP_SYNC_TOPICS = (['Swap', 'Sync'] as const).map((name) =>
  toEventSelector(uniswapV2PairEventsAbi.find((item) => item.name === name) as never),
)

function positionOf(log: RawLog): EventPosition {
  return { blockNumber: log.blockNumber, logIndex: log.logIndex, timestamp: log.blockTimestamp }
}

/**
 * Decodes V3 pool logs; logs of other events (Collect, Flash, oracle) are skipped.
 * @returns events in the order of `logs` (pass chain-ordered logs)
 */
export function decodeV3PoolEvents(logs: readonly RawLog[]): V3PoolEvent[] {
  const events: V3PoolEvent[] = []
  for (const log of logs) {
    let decoded: ReturnType<typeof decodeEventLog<typeof uniswapV3PoolEventsAbi>>
    try {
      decoded = decodeEventLog({
        abi: uniswapV3PoolEventsAbi,
        topics: log.topics as never,
        data: log.data,
      })
    } catch {
      continue
    }
    const at = positionOf(log)
    switch (decoded.eventName) {
      case 'Initialize':
        events.push({
          ...at,
          kind: 'initialize',
          sqrtPriceX96: decoded.args.sqrtPriceX96,
          tick: decoded.args.tick,
        })
        break
      case 'Mint':
      case 'Burn':
        events.push({
          ...at,
          kind: decoded.eventName === 'Mint' ? 'mint' : 'burn',
          tickLower: decoded.args.tickLower,
          tickUpper: decoded.args.tickUpper,
          liquidity: decoded.args.amount,
          amount0Wei: decoded.args.amount0,
          amount1Wei: decoded.args.amount1,
        })
        break
      case 'Swap':
        events.push({
          ...at,
          kind: 'swap',
          amount0Wei: decoded.args.amount0,
          amount1Wei: decoded.args.amount1,
          sqrtPriceX96: decoded.args.sqrtPriceX96,
          liquidity: decoded.args.liquidity,
          tick: decoded.args.tick,
        })
        break
      case 'SetFeeProtocol':
        events.push({
          ...at,
          kind: 'setFeeProtocol',
          feeProtocol0: decoded.args.feeProtocol0New,
          feeProtocol1: decoded.args.feeProtocol1New,
        })
        break
    }
  }
  return events
}

/** Decodes V2 pair Swap and Sync logs; other logs are skipped. */
export function decodeV2PairEvents(logs: readonly RawLog[]): V2PairEvent[] {
  const events: V2PairEvent[] = []
  for (const log of logs) {
    let decoded: ReturnType<typeof decodeEventLog<typeof uniswapV2PairEventsAbi>>
    try {
      decoded = decodeEventLog({ abi: uniswapV2PairEventsAbi, topics: log.topics as never, data: log.data })
    } catch {
      continue
    }
    const at = positionOf(log)
    if (decoded.eventName === 'Swap')
      events.push({
        ...at,
        kind: 'swap',
        amount0InWei: decoded.args.amount0In,
        amount1InWei: decoded.args.amount1In,
        amount0OutWei: decoded.args.amount0Out,
        amount1OutWei: decoded.args.amount1Out,
      })
    else
      events.push({
        ...at,
        kind: 'sync',
        reserve0Wei: decoded.args.reserve0,
        reserve1Wei: decoded.args.reserve1,
      })
  }
  return events
}
