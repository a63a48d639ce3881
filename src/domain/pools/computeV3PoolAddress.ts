import { type Address, encodeAbiParameters, getCreate2Address, keccak256 } from 'viem'

/** keccak256 of UniswapV3Pool's creation code, as baked into the periphery (PoolAddress.sol). */
export const V3_POOL_INIT_CODE_HASH = '0xe34f199b19b2b4f47f68442619d555527d244f78a3297ea89325f843f87b8b54'

/**
 * Address of the V3 pool of (tokenA, tokenB, fee), computed like PoolAddress.computeAddress: no
 * RPC round trip, so pool state can be read in the same batch as the positions that reference it.
 */
export function computeV3PoolAddress(
  factory: Address,
  tokenA: Address,
  tokenB: Address,
  fee: number,
): Address {
  const [token0, token1] = tokenA.toLowerCase() < tokenB.toLowerCase() ? [tokenA, tokenB] : [tokenB, tokenA]
  return getCreate2Address({
    from: factory,
    salt: keccak256(
      encodeAbiParameters(
        [{ type: 'address' }, { type: 'address' }, { type: 'uint24' }],
        [token0, token1, fee],
      ),
    ),
    bytecodeHash: V3_POOL_INIT_CODE_HASH,
  })
}
