import { type Address, encodeAbiParameters, type Hex, keccak256 } from 'viem'

/** A Uniswap V4 pool's identity (v4-core `PoolKey`); `currency0` is address(0) for native ETH. */
export interface PoolKey {
  currency0: Address
  currency1: Address
  /** LP fee in hundredths of a bip, or 0x800000 (DYNAMIC_FEE_FLAG) for a dynamic-fee pool. */
  fee: number
  tickSpacing: number
  hooks: Address
}

const POOL_KEY_PARAMETERS = [
  { type: 'address' },
  { type: 'address' },
  { type: 'uint24' },
  { type: 'int24' },
  { type: 'address' },
] as const

/**
 * v4-core `PoolIdLibrary.toId`: keccak256(abi.encode(PoolKey)), the id the PoolManager stores and emits
 * the pool's events under.
 * @example toPoolId({ currency0: zeroAddress, currency1: usdc, fee: 500, tickSpacing: 10, hooks: zeroAddress })
 */
export function toPoolId(key: PoolKey): Hex {
  return keccak256(
    encodeAbiParameters(POOL_KEY_PARAMETERS, [
      key.currency0,
      key.currency1,
      key.fee,
      key.tickSpacing,
      key.hooks,
    ]),
  )
}
