import type { Address } from 'viem'

/** v4-core `Hooks.Permissions`: which callbacks the PoolManager makes to a hook (14 flags). */
export interface HookPermissions {
  beforeInitialize: boolean
  afterInitialize: boolean
  beforeAddLiquidity: boolean
  afterAddLiquidity: boolean
  beforeRemoveLiquidity: boolean
  afterRemoveLiquidity: boolean
  beforeSwap: boolean
  afterSwap: boolean
  beforeDonate: boolean
  afterDonate: boolean
  beforeSwapReturnDelta: boolean
  afterSwapReturnDelta: boolean
  afterAddLiquidityReturnDelta: boolean
  afterRemoveLiquidityReturnDelta: boolean
}

/** Address bit of each permission (v4-core `Hooks.*_FLAG`): bit 13 down to bit 0. */
export const HOOK_FLAGS: Readonly<Record<keyof HookPermissions, bigint>> = {
  beforeInitialize: 1n << 13n,
  afterInitialize: 1n << 12n,
  beforeAddLiquidity: 1n << 11n,
  afterAddLiquidity: 1n << 10n,
  beforeRemoveLiquidity: 1n << 9n,
  afterRemoveLiquidity: 1n << 8n,
  beforeSwap: 1n << 7n,
  afterSwap: 1n << 6n,
  beforeDonate: 1n << 5n,
  afterDonate: 1n << 4n,
  beforeSwapReturnDelta: 1n << 3n,
  afterSwapReturnDelta: 1n << 2n,
  afterAddLiquidityReturnDelta: 1n << 1n,
  afterRemoveLiquidityReturnDelta: 1n << 0n,
}

/** v4-core `Hooks.ALL_HOOK_MASK`: the low 14 bits of a hook address. */
export const ALL_HOOK_MASK = (1n << 14n) - 1n

/**
 * The permissions a hook address encodes (v4-core `Hooks.hasPermission` for each flag): the PoolManager
 * calls a hook exactly for the flags set in the low 14 bits of its address. address(0) has none.
 * @example decodeHookPermissions('0x…00c0').beforeSwap // true (bit 7), as is afterSwap (bit 6)
 */
export function decodeHookPermissions(hooks: Address): HookPermissions {
  const bits = BigInt(hooks) & ALL_HOOK_MASK
  const entries = Object.entries(HOOK_FLAGS).map(([name, flag]) => [name, (bits & flag) !== 0n])
  return Object.fromEntries(entries) as HookPermissions
}
