import type { Address, Hex } from 'viem'
import { describe, expect, it } from 'vitest'
import { getAmount0Delta, getAmount1Delta } from '../../math/sqrtPriceMath.ts'
import { getSqrtRatioAtTick } from '../../math/tickMath.ts'
import {
  type V4ModifyLiquidityLog,
  type V4PriceLog,
  type V4TransactionFacts,
  v4FeeHistory,
  v4HistoryEntries,
  v4OwnerAt,
} from './v4FeeHistory.ts'

const OWNER: Address = '0x00000000000000000000000000000000000000aa'
const PM: Address = '0x00000000000000000000000000000000000000bb'
const POOL_MANAGER: Address = '0x00000000000000000000000000000000000000cc'
const T0: Address = '0x0000000000000000000000000000000000000a00'
const T1: Address = '0x0000000000000000000000000000000000000b00'
const TX: Hex = `0x${'11'.repeat(32)}`
const saltOf = (tokenId: bigint): Hex => `0x${tokenId.toString(16).padStart(64, '0')}`
const Q96 = 2n ** 96n
const L = 10n ** 18n
const SQRT_LOWER = getSqrtRatioAtTick(-60)
const SQRT_UPPER = getSqrtRatioAtTick(60)

const modify = (overrides: Partial<V4ModifyLiquidityLog> = {}): V4ModifyLiquidityLog => ({
  blockNumber: 100n,
  logIndex: 5,
  transactionHash: TX,
  sender: PM,
  tickLower: -60,
  tickUpper: 60,
  liquidityDelta: -L,
  salt: saltOf(7n),
  ...overrides,
})

// Earlier swap at tick -100 (below the range), the one just before the log at tick 0 (sqrt price exactly 2^96),
// and one after it in the same block, which must not count.
const PRICES: V4PriceLog[] = [
  { blockNumber: 100n, logIndex: 9, sqrtPriceX96: getSqrtRatioAtTick(500), tick: 500 },
  { blockNumber: 90n, logIndex: 1, sqrtPriceX96: getSqrtRatioAtTick(-100), tick: -100 },
  { blockNumber: 100n, logIndex: 2, sqrtPriceX96: Q96, tick: 0 },
]

const MINT_TX: Hex = `0x${'22'.repeat(32)}`
/** The position's mint, before every change tested: it had liquidity 2L before them. */
const MINT = (): V4ModifyLiquidityLog =>
  modify({ blockNumber: 95n, logIndex: 0, transactionHash: MINT_TX, liquidityDelta: 2n * L })
/** The position's events of transaction TX, its history starting with MINT. */
const history = (parameters: Parameters<typeof v4FeeHistory>[0]) =>
  v4FeeHistory({ ...parameters, modifications: [MINT(), ...parameters.modifications] }).filter(
    (event) => event.transactionHash === TX,
  )

const facts = (overrides: Partial<V4TransactionFacts> = {}): V4TransactionFacts => ({
  transfers: [],
  modifyLiquidityCount: 1,
  swapCount: 0,
  nativeNetWei: null,
  ...overrides,
})

const base = {
  tokenId: 7n,
  owner: OWNER,
  positionManager: PM,
  currency0: T0,
  currency1: T1,
  hookMayAlterAmounts: false,
  prices: PRICES,
}

// Principal at tick 0 for L over [-60, 60]: token0 = L·(√U − √P)/(√U·√P), token1 = L·(√P − √L), √P = 2^96.
const down0 = getAmount0Delta(Q96, SQRT_UPPER, L, false)
const down1 = getAmount1Delta(SQRT_LOWER, Q96, L, false)
const up0 = getAmount0Delta(Q96, SQRT_UPPER, L, true)
const up1 = getAmount1Delta(SQRT_LOWER, Q96, L, true)

describe('#v4FeeHistory', () => {
  it('a change from zero liquidity (the mint) pays no fees, exactly, without its receipt', () => {
    const events = v4FeeHistory({ ...base, modifications: [MINT()], transactions: new Map() })
    expect(events).toMatchObject([{ fees0Wei: 0n, fees1Wei: 0n, estimate: false, notes: [] }])
    // principal paid in: the deposit, rounded up, at the price before it (the Swap at block 90, tick −100: below
    // the range, so all token0)
    expect(events[0]?.principal1Wei).toBe(0n)
    expect(events[0]?.principal0Wei).toBe(-getAmount0Delta(SQRT_LOWER, SQRT_UPPER, 2n * L, true))
  })

  it('a decrease: fees = the Transfers to the owner − the principal rounded down at the price just before the log', () => {
    expect(down0).toBeGreaterThan(0n)
    const [event] = history({
      ...base,
      modifications: [modify()],
      transactions: new Map([
        [
          TX,
          facts({
            transfers: [
              { token: T0, from: POOL_MANAGER, to: OWNER, amountWei: down0 + 7n },
              { token: T1, from: POOL_MANAGER, to: OWNER, amountWei: down1 + 11n },
              // another token and another recipient do not count
              { token: T1, from: POOL_MANAGER, to: PM, amountWei: 999n },
            ],
          }),
        ],
      ]),
    })
    expect(event).toMatchObject({
      principal0Wei: down0,
      principal1Wei: down1,
      fees0Wei: 7n,
      fees1Wei: 11n,
      estimate: false,
      notes: [],
    })
  })

  it('a deposit pays the accrued fees out too: the owner paid principal (rounded up) − fees', () => {
    expect(up0 - down0 + (up1 - down1)).toBeGreaterThan(0n) // rounding up differs from rounding down here
    const [event] = history({
      ...base,
      modifications: [modify({ liquidityDelta: L })],
      transactions: new Map([
        [
          TX,
          facts({
            transfers: [
              { token: T0, from: OWNER, to: POOL_MANAGER, amountWei: up0 - 5n },
              { token: T1, from: OWNER, to: POOL_MANAGER, amountWei: up1 - 3n },
            ],
          }),
        ],
      ]),
    })
    expect(event).toMatchObject({ principal0Wei: -up0, principal1Wei: -up1, fees0Wei: 5n, fees1Wei: 3n })
    const entries = v4HistoryEntries(event ? [event] : [])
    expect(entries.entries.map((e) => [e.kind, e.amount0Wei, e.amount1Wei])).toEqual([
      ['deposit', up0, up1],
      ['collect', 5n, 3n],
    ])
    expect(entries.unknown).toBe(false)
  })

  it('only the PositionManager log with salt = bytes32(tokenId) is the position', () => {
    const events = history({
      ...base,
      modifications: [modify({ salt: saltOf(8n) }), modify({ sender: OWNER }), modify({ logIndex: 6 })],
      transactions: new Map([
        [TX, facts({ transfers: [{ token: T0, from: PM, to: OWNER, amountWei: down0 }] })],
      ]),
    })
    expect(events.map((e) => e.logIndex)).toEqual([6])
    // token1 principal was not received: that side is unknown, not a negative fee
    expect(events[0]?.fees0Wei).toBe(0n)
    expect(events[0]?.fees1Wei).toBeNull()
    expect(events[0]?.notes.join()).toMatch(/payout went elsewhere/)
  })

  it('several positions in one transaction, a swap in it or a return-delta hook make it an estimate', () => {
    const transfers = [
      { token: T0, from: PM, to: OWNER, amountWei: down0 + 1n },
      { token: T1, from: PM, to: OWNER, amountWei: down1 + 2n },
    ]
    const [several] = history({
      ...base,
      modifications: [modify()],
      transactions: new Map([[TX, facts({ transfers, modifyLiquidityCount: 2, swapCount: 1 })]]),
    })
    expect(several).toMatchObject({ fees0Wei: 1n, fees1Wei: 2n, estimate: true })
    expect(several?.notes).toHaveLength(2)
    const [hooked] = history({
      ...base,
      hookMayAlterAmounts: true,
      modifications: [modify()],
      transactions: new Map([[TX, facts({ transfers })]]),
    })
    expect(hooked?.estimate).toBe(true)
    expect(hooked?.notes.join()).toMatch(/hook/)
  })

  it('native ETH: the given net (no log carries it); unknown without it; no price before the log = unknown', () => {
    const native = { ...base, currency0: '0x0000000000000000000000000000000000000000' as Address }
    const [exact] = history({
      ...native,
      modifications: [modify()],
      transactions: new Map([
        [
          TX,
          facts({
            nativeNetWei: down0 + 40n,
            transfers: [{ token: T1, from: PM, to: OWNER, amountWei: down1 }],
          }),
        ],
      ]),
    })
    expect(exact).toMatchObject({ fees0Wei: 40n, fees1Wei: 0n, estimate: false })
    const [unknown] = history({
      ...native,
      modifications: [modify()],
      transactions: new Map([[TX, facts({ nativeNote: 'no past balance' })]]),
    })
    expect(unknown).toMatchObject({
      fees0Wei: null,
      estimate: true,
      notes: expect.arrayContaining(['no past balance']),
    })
    expect(v4HistoryEntries(unknown ? [unknown] : []).unknown).toBe(true)
    const [early] = history({
      ...base,
      prices: [],
      modifications: [modify()],
      transactions: new Map([[TX, facts()]]),
    })
    expect(early).toMatchObject({ fees0Wei: null, fees1Wei: null })
    expect(early?.notes.join()).toMatch(/price is unknown/)
  })

  it('the owner at each change is the last NFT Transfer’s recipient before it (a burn’s Transfer to 0 does not count)', () => {
    const OTHER: Address = '0x00000000000000000000000000000000000000dd'
    const ownerTransfers = [
      { blockNumber: 95n, logIndex: 0, to: OTHER }, // minted to OTHER
      { blockNumber: 100n, logIndex: 4, to: '0x0000000000000000000000000000000000000000' as Address }, // burned
      { blockNumber: 100n, logIndex: 9, to: OWNER }, // after the change: not its owner
    ]
    expect(v4OwnerAt(ownerTransfers, { blockNumber: 100n, logIndex: 5 }, OWNER)).toBe(OTHER)
    expect(v4OwnerAt([], { blockNumber: 100n, logIndex: 5 }, OWNER)).toBe(OWNER)
    const [event] = history({
      ...base,
      ownerTransfers,
      modifications: [modify()],
      transactions: new Map([
        [
          TX,
          facts({
            transfers: [
              { token: T0, from: POOL_MANAGER, to: OTHER, amountWei: down0 + 4n },
              { token: T1, from: POOL_MANAGER, to: OTHER, amountWei: down1 + 6n },
              { token: T0, from: POOL_MANAGER, to: OWNER, amountWei: 1_000n },
            ],
          }),
        ],
      ]),
    })
    expect(event).toMatchObject({ owner: OTHER, fees0Wei: 4n, fees1Wei: 6n, estimate: false })
  })
})
