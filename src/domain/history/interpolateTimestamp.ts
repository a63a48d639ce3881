/** A block whose timestamp is known (a position event, the snapshot's block). */
export interface BlockTimeAnchor {
  blockNumber: bigint
  timestamp: number
}

/**
 * The timestamp of a block estimated linearly between the nearest known anchors (exact at anchors),
 * so a price path of thousands of blocks needs no eth_getBlockByNumber per point.
 * @param anchors at least one anchor, any order
 * @returns unix seconds (chain time)
 */
export function interpolateTimestamp(anchors: readonly BlockTimeAnchor[], blockNumber: bigint): number {
  const sorted = [...anchors].sort((a, b) =>
    a.blockNumber < b.blockNumber ? -1 : a.blockNumber > b.blockNumber ? 1 : 0,
  )
  const first = sorted[0]
  if (!first) throw new Error('interpolateTimestamp needs at least one anchor')
  let before = first
  for (const anchor of sorted) {
    if (anchor.blockNumber === blockNumber) return anchor.timestamp
    if (anchor.blockNumber > blockNumber) {
      if (anchor === first) return first.timestamp
      const span = Number(anchor.blockNumber - before.blockNumber)
      const offset = Number(blockNumber - before.blockNumber)
      return Math.round(before.timestamp + ((anchor.timestamp - before.timestamp) * offset) / span)
    }
    before = anchor
  }
  return before.timestamp
}
