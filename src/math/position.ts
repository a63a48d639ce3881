import { type Address, encodePacked, type Hex, keccak256, numberToHex } from 'viem'

/**
 * v4-core `Position.calculatePositionKey`: keccak256(abi.encodePacked(owner, tickLower, tickUpper, salt)),
 * the key of a position in the PoolManager's per-pool positions mapping.
 */
export function calculatePositionKey(owner: Address, tickLower: number, tickUpper: number, salt: Hex): Hex {
  return keccak256(
    encodePacked(['address', 'int24', 'int24', 'bytes32'], [owner, tickLower, tickUpper, salt]),
  )
}

/**
 * PositionManager's key for one of its NFTs: owner = the PositionManager, salt = bytes32(tokenId)
 * (v4-periphery `PositionManager._modifyLiquidity`).
 */
export function positionManagerPositionKey(
  positionManager: Address,
  tokenId: bigint,
  tickLower: number,
  tickUpper: number,
): Hex {
  return calculatePositionKey(positionManager, tickLower, tickUpper, numberToHex(tokenId, { size: 32 }))
}
