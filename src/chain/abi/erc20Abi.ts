import { parseAbi } from 'viem'

/** ERC20 reads: metadata (string symbol/name; bytes32 ones are decoded by hand), balances, allowances. */
export const erc20Abi = parseAbi([
  'function symbol() view returns (string)',
  'function name() view returns (string)',
  'function decimals() view returns (uint8)',
  'function totalSupply() view returns (uint256)',
  'function balanceOf(address account) view returns (uint256)',
  'function allowance(address owner, address spender) view returns (uint256)',
])
