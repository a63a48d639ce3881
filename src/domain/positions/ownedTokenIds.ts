import type { Address } from 'viem'
import type { RawLog } from '../history/logTypes.ts'

/**
 * The ERC-721 token ids `account` holds after `transferLogs` (Transfer(from, to, id) of one contract, any
 * order): replayed in chain order, an id received is held until it is sent away or burned (sent to
 * address(0)). For a contract that is not enumerable, such as the V4 PositionManager.
 * @returns the ids held, lowest first
 * @example ownedTokenIds([mintTo(account, 9n), transfer(account, other, 9n), mintTo(account, 10n)], account) // [10n]
 */
export function ownedTokenIds(transferLogs: readonly RawLog[], account: Address): bigint[] {
  const holder = account.toLowerCase()
  const ordered = [...transferLogs].sort((a, b) =>
    a.blockNumber === b.blockNumber ? a.logIndex - b.logIndex : a.blockNumber < b.blockNumber ? -1 : 1,
  )
  const held = new Set<bigint>()
  for (const log of ordered) {
    const [, fromTopic, toTopic, idTopic] = log.topics
    if (fromTopic === undefined || toTopic === undefined || idTopic === undefined) continue
    const tokenId = BigInt(idTopic)
    if (topicAddress(fromTopic) === holder) held.delete(tokenId)
    if (topicAddress(toTopic) === holder) held.add(tokenId)
  }
  return [...held].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
}

/** The address in an indexed address topic, lowercase. */
const topicAddress = (topic: string) => `0x${topic.slice(-40)}`.toLowerCase()
