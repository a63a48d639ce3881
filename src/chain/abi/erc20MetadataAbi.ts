import { parseAbi } from 'viem'

/** ERC20 metadata as most tokens return it (string symbol/name). */
export const erc20MetadataAbi = parseAbi([
  'function symbol() view returns (string)',
  'function name() view returns (string)',
  'function decimals() view returns (uint8)',
  'function balanceOf(address account) view returns (uint256)',
  'function totalSupply() view returns (uint256)',
])

/** Old tokens (MKR, SAI) return bytes32 symbol/name. */
export const erc20Bytes32MetadataAbi = parseAbi([
  'function symbol() view returns (bytes32)',
  'function name() view returns (bytes32)',
])
