import type { Address } from 'viem'
import { describe, expect, it } from 'vitest'
import { type PoolKey, toPoolId } from '../../math/poolId.ts'
import { encodePositionInfo } from '../../math/positionInfo.ts'
import { buildV4PositionView, DYNAMIC_FEE_FLAG, NATIVE_ETH, v4HookInfo } from './buildV4PositionView.ts'
import type { TokenMeta } from './model.ts'
import { USDC } from './positionsFixture.ts'
import type { V4PoolPositionState, V4PositionRawState } from './positionsRawState.ts'

const Q128 = 1n << 128n
const ZERO: Address = '0x0000000000000000000000000000000000000000'
const SUBSCRIBER: Address = '0x3A1D75769758705caB1385377d4D88b8193A5f37'
const key: PoolKey = { currency0: ZERO, currency1: USDC.address, fee: 500, tickSpacing: 10, hooks: ZERO }

const context = {
  blockNumber: 900n,
  meta: (address: Address): TokenMeta => (address === ZERO ? NATIVE_ETH : USDC),
  amountOf: (token: TokenMeta, amountWei: bigint) => ({ token, amountWei, valueUsd: null }),
  decimalsProblem: () => undefined,
}

function raw(overrides: {
  key?: PoolKey
  liquidity?: bigint
  pool?: Partial<V4PoolPositionState>
  subscriber?: Address
}) {
  const poolKey = overrides.key ?? key
  const liquidity = overrides.liquidity ?? 5n
  const entry: V4PositionRawState = {
    tokenId: 9n,
    position: {
      ok: true,
      value: {
        poolKey,
        info: encodePositionInfo(toPoolId(poolKey), -200_000, -190_000, overrides.subscriber !== undefined),
        liquidity,
        subscriber: overrides.subscriber ?? ZERO,
      },
    },
    pool: {
      ok: true,
      value: {
        sqrtPriceX96: 3_000_000_000_000_000_000_000_000n,
        tick: -195_000,
        lpFee: 500,
        poolLiquidity: 20n,
        // Fee growth wrapped past 2^256 since the last change: the contracts take the delta modulo 2^256.
        feeGrowthInside0X128: 2n * Q128 - 1n,
        feeGrowthInside1X128: 7n * Q128,
        positionLiquidity: liquidity,
        feeGrowthInside0LastX128: (1n << 256n) - Q128 - 1n,
        feeGrowthInside1LastX128: 4n * Q128,
        ...overrides.pool,
      },
    },
  }
  return entry
}

describe('#buildV4PositionView', () => {
  it('uncollected fees: (inside now − last) mod 2^256 × liquidity / 2^128, all of what is owed (no withdrawn principal)', () => {
    const view = buildV4PositionView(raw({}), context)
    if (view.status !== 'ok') throw new Error(view.reason)
    // token0: delta = 3·2^128 (wrapped), × 5 → 15; token1: delta 3·2^128 × 5 → 15.
    expect(view.uncollectedFees0?.amountWei).toBe(15n)
    expect(view.uncollectedFees1?.amountWei).toBe(15n)
    expect(view.owed0.amountWei).toBe(15n)
    expect(view.withdrawnUncollected0?.amountWei).toBe(0n)
    expect(view.token0).toBe(NATIVE_ETH)
    expect(view.id).toBe('v4:9')
    expect(view.v4?.inRange).toBe(true)
    expect(view.v4?.shareOfActiveLiquidity).toBe(0.25)
    expect(view.v4?.hook).toBeNull()
    expect(view.v4?.subscriber).toBeNull()
    expect(view.v4?.poolId).toBe(toPoolId(key))
  })

  it('a subscriber is kept; a dynamic-fee pool shows the fee slot0 charges now', () => {
    const dynamic = { ...key, fee: DYNAMIC_FEE_FLAG }
    const view = buildV4PositionView(
      raw({ key: dynamic, subscriber: SUBSCRIBER, pool: { lpFee: 3_100 } }),
      context,
    )
    if (view.status !== 'ok') throw new Error(view.reason)
    expect(view.v4?.subscriber).toBe(SUBSCRIBER)
    expect(view.v4?.dynamicFee).toBe(true)
    expect(view.v4?.fee).toBe(3_100)
  })

  it('unavailable, with the reason, when a read failed or the PoolManager disagrees with PositionManager', () => {
    const failed: V4PositionRawState = {
      tokenId: 9n,
      position: { ok: false, error: 'execution reverted' },
      pool: { ok: false, error: 'not read' },
    }
    const noManager = buildV4PositionView(failed, context)
    expect(noManager.status).toBe('unavailable')
    expect(noManager.status === 'unavailable' && noManager.reason).toContain('PositionManager did not answer')
    const noPool = buildV4PositionView(
      { ...raw({}), pool: { ok: false, error: 'StateView getSlot0: boom' } },
      context,
    )
    expect(noPool.status === 'unavailable' && noPool.reason).toContain(
      'could not be read (StateView getSlot0: boom)',
    )
    const mismatch = buildV4PositionView(raw({ pool: { positionLiquidity: 4n } }), context)
    expect(mismatch.status === 'unavailable' && mismatch.reason).toContain(
      'the PoolManager holds liquidity 4',
    )
    const burned = raw({})
    if (burned.position.ok) burned.position.value.info = 0n
    const gone = buildV4PositionView(burned, context)
    expect(gone.status === 'unavailable' && gone.reason).toContain('does not exist')
    const wrongKey = raw({})
    if (wrongKey.position.ok) wrongKey.position.value.poolKey = { ...key, fee: 3000 }
    const wrong = buildV4PositionView(wrongKey, context)
    expect(wrong.status === 'unavailable' && wrong.reason).toContain(
      'is not the pool its position info names',
    )
  })
})

describe('#v4HookInfo', () => {
  it('decodes the low 14 bits of the hook address; a return-delta bit means the hook may alter amounts', () => {
    expect(v4HookInfo(ZERO)).toBeNull()
    // 0x…00c0: bits 7 and 6 = beforeSwap, afterSwap (the devnet's swap counter).
    const counter = v4HookInfo('0x6F496A47ac0a95A97a0D06f45eaF684Be33100c0')
    expect(counter?.enabled).toEqual(['beforeSwap', 'afterSwap'])
    expect(counter?.mayAlterAmounts).toBe(false)
    // 0x…0301: bits 9, 8 and 0 = beforeRemoveLiquidity, afterRemoveLiquidity, afterRemoveLiquidityReturnDelta.
    const taker = v4HookInfo('0x0000000000000000000000000000000000000301')
    expect(taker?.enabled).toEqual([
      'beforeRemoveLiquidity',
      'afterRemoveLiquidity',
      'afterRemoveLiquidityReturnDelta',
    ])
    expect(taker?.mayAlterAmounts).toBe(true)
  })
})
