import { type Address, encodePacked, getCreate2Address, keccak256 } from 'viem'

/** keccak256 of UniswapV2Pair's creation code, as baked into UniswapV2Library.pairFor (mainnet and the L2s). */
export const V2_PAIR_INIT_CODE_HASH = '0x96e8ac4277198ff8b6f785478aa9a39f403cb768dd02cbee326c3e7da348845f'

/**
 * Address of the V2 pair of (tokenA, tokenB) created by `factory`, computed like UniswapV2Library.pairFor:
 * no RPC round trip. The pair may not exist: reading it then answers "no contract at address".
 * @returns the pair's address and its tokens in the factory's order
 */
export function computeV2PairAddress(
  factory: Address,
  tokenA: Address,
  tokenB: Address,
): { address: Address; token0: Address; token1: Address } {
  const [token0, token1] = tokenA.toLowerCase() < tokenB.toLowerCase() ? [tokenA, tokenB] : [tokenB, tokenA]
  const address = getCreate2Address({
    from: factory,
    salt: keccak256(encodePacked(['address', 'address'], [token0, token1])),
    bytecodeHash: V2_PAIR_INIT_CODE_HASH,
  })
  return { address, token0, token1 }
}
