import type { Address, Hex } from 'viem'
import { describe, expect, it } from 'vitest'
import { type PoolKey, toPoolId } from '../../math/poolId.ts'
import { encodePositionInfo } from '../../math/positionInfo.ts'
import { buildV4PositionView, NATIVE_ETH } from '../positions/buildV4PositionView.ts'
import type { TokenMeta } from '../positions/model.ts'
import { USDC } from '../positions/positionsFixture.ts'
import { amountToUsd } from '../pricing/computeUsdPrices.ts'
import { computeVersusHolding } from './computeVersusHolding.ts'
import type { HistoryEntry } from './logTypes.ts'

const Q128 = 1n << 128n
const ZERO: Address = '0x0000000000000000000000000000000000000000'
const key: PoolKey = { currency0: ZERO, currency1: USDC.address, fee: 500, tickSpacing: 10, hooks: ZERO }
const pricesUsd = { [ZERO]: 3_000, [USDC.address.toLowerCase()]: 1 }
const TX: Hex = `0x${'33'.repeat(32)}`

// A native ETH/USDC V4 position owed 15 wei of each token now (fee growth 3·2^128 since the last change × 5).
const view = buildV4PositionView(
  {
    tokenId: 9n,
    position: {
      ok: true,
      value: {
        poolKey: key,
        info: encodePositionInfo(toPoolId(key), -200_000, -190_000, false),
        liquidity: 5n,
        subscriber: ZERO,
      },
    },
    pool: {
      ok: true,
      value: {
        sqrtPriceX96: 3_000_000_000_000_000_000_000_000n,
        tick: -195_000,
        lpFee: 500,
        poolLiquidity: 20n,
        feeGrowthInside0X128: 7n * Q128,
        feeGrowthInside1X128: 7n * Q128,
        positionLiquidity: 5n,
        feeGrowthInside0LastX128: 4n * Q128,
        feeGrowthInside1LastX128: 4n * Q128,
      },
    },
  },
  {
    blockNumber: 900n,
    meta: (address: Address): TokenMeta => (address === ZERO ? NATIVE_ETH : USDC),
    amountOf: (token, amountWei) => ({
      token,
      amountWei,
      valueUsd: amountToUsd(amountWei, token.decimals, pricesUsd[token.address.toLowerCase()]),
    }),
    decimalsProblem: () => undefined,
  },
)
if (view.status !== 'ok') throw new Error('fixture V4 view is unavailable')

const entry = (
  kind: HistoryEntry['kind'],
  blockNumber: bigint,
  amount0Wei: bigint,
  amount1Wei: bigint,
): HistoryEntry => ({
  kind,
  blockNumber,
  logIndex: 0,
  transactionHash: TX,
  amount0Wei,
  amount1Wei,
})

describe('#computeVersusHolding (V4)', () => {
  const entries = [
    entry('deposit', 100n, 2n * 10n ** 18n, 6_000_000_000n),
    entry('withdraw', 200n, 10n ** 18n, 3_000_000_000n),
    // fees 0.001 ETH ($3) + 2 USDC ($2) paid at the decrease
    entry('collect', 200n, 10n ** 15n, 2_000_000n),
  ]
  const timestamps = new Map([
    [100n, 1_000],
    [200n, 2_000],
  ])
  it('collected fees are the collect entries (V4 pays fees at each change); uncollected is what is owed now', () => {
    const figures = computeVersusHolding({
      position: view,
      entries,
      timestamps,
      pricesUsd,
      nowTimestamp: 3_000,
    })
    expect([figures.collectedFees0Wei, figures.collectedFees1Wei]).toEqual([10n ** 15n, 2_000_000n])
    expect([figures.uncollectedFees0Wei, figures.uncollectedFees1Wei]).toEqual([15n, 15n])
    expect([figures.withdrawnUncollected0Wei, figures.withdrawnUncollected1Wei]).toEqual([0n, 0n])
    expect([figures.deposited0Wei, figures.deposited1Wei]).toEqual([10n ** 18n, 3_000_000_000n])
    // $3 + $2 + 15 wei of ETH at $3000 + 15 USDC wei
    expect(figures.lifetimeFeesUsd).toBeCloseTo(5 + 15e-18 * 3_000 + 15e-6, 12)
    expect(figures.holdValueUsd).not.toBeNull()
    expect(figures.feeNotes).toBeUndefined()
  })

  it('an unknown fee makes lifetime fees and net PnL unavailable; estimate notes are passed on', () => {
    const unknown = computeVersusHolding({
      position: view,
      entries,
      timestamps,
      pricesUsd,
      nowTimestamp: 3_000,
      v4Fees: { unknown: true, notes: ['native ETH leaves no log'] },
    })
    expect(unknown.lifetimeFeesUsd).toBeNull()
    expect(unknown.netPnlUsd).toBeNull()
    expect(unknown.feeNotes).toEqual(['native ETH leaves no log'])
  })
})
