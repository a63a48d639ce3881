import { sqrt } from '@uniswap/sdk-core'
import { encodeSqrtRatioX96 } from '@uniswap/v3-sdk'
import fc from 'fast-check'
import JSBI from 'jsbi'
import { describe, expect, it } from 'vitest'
import type { PoolChoice } from '../catalogue/poolChoice.ts'
import type { TokenInfo } from '../catalogue/types.ts'
import {
  type CreatePairInput,
  deriveCreatePair,
  newPairLiquidity,
  pairStartingPrices,
} from './deriveCreatePair.ts'

// Independent oracle: the Uniswap SDK's JSBI integer sqrt, minus UniswapV2Pair.MINIMUM_LIQUIDITY (1000).
const sdkNewPairLiquidity = (a: bigint, b: bigint) =>
  BigInt(sqrt(JSBI.multiply(JSBI.BigInt(a.toString()), JSBI.BigInt(b.toString()))).toString()) - 1000n

// token0 sorts first (lower address): the pasted token is token1 here so the input order differs.
const weth: TokenInfo = {
  address: '0x1000000000000000000000000000000000000001',
  symbol: 'WETH',
  name: 'WETH',
  decimals: 18,
}
const pasted: TokenInfo = {
  address: '0x9000000000000000000000000000000000000009',
  symbol: 'PSTD',
  name: 'Pasted',
  decimals: 8,
  tags: ['imported'],
}
const usdc: TokenInfo = {
  address: '0x2000000000000000000000000000000000000002',
  symbol: 'USDC',
  name: 'USDC',
  decimals: 6,
}
const tokens = [weth, usdc, pasted]
const input = (next: Partial<CreatePairInput> = {}): CreatePairInput => ({
  tokenA: pasted.address,
  tokenB: weth.address,
  amountAText: '250',
  amountBText: '2',
  acknowledgedDeviation: false,
  ...next,
})
const noPair = { existingPair: undefined, existingPairEmpty: false, references: [] }

describe('newPairLiquidity: the first deposit into a V2 pair', () => {
  it('is floor(sqrt(a*b)) - 1000 (hand vectors)', () => {
    expect(newPairLiquidity(10n ** 18n, 4n * 10n ** 18n)).toBe(2n * 10n ** 18n - 1000n)
    expect(newPairLiquidity(1001n, 1001n)).toBe(1n)
    // sqrt(1002 * 1003) = 1002.4998..., floored
    expect(newPairLiquidity(1002n, 1003n)).toBe(2n)
  })
  it('is undefined when the pair would revert (INSUFFICIENT_LIQUIDITY_MINTED) or an amount is 0', () => {
    expect(newPairLiquidity(1000n, 1000n)).toBeUndefined()
    expect(newPairLiquidity(1n, 10n ** 6n)).toBeUndefined()
    expect(newPairLiquidity(0n, 10n ** 30n)).toBeUndefined()
  })
  it('matches the Uniswap SDK integer sqrt on 2,000 random amounts up to uint112', () => {
    const amount = fc.bigInt({ min: 1n, max: 2n ** 112n - 1n })
    fc.assert(
      fc.property(amount, amount, (a, b) => {
        const expected = sdkNewPairLiquidity(a, b)
        expect(newPairLiquidity(a, b)).toBe(expected > 0n ? expected : undefined)
      }),
      { numRuns: 2000 },
    )
  })
})

describe('deriveCreatePair', () => {
  it('orders the typed amounts by token address and derives LP, price both ways and the sqrt price', () => {
    const result = deriveCreatePair({ input: input(), tokens, choices: [], check: noPair })
    if (result.status !== 'ready') throw new Error(result.status)
    expect(result.token0.address).toBe(weth.address)
    expect(result.amount0Wei).toBe(2n * 10n ** 18n)
    expect(result.amount1Wei).toBe(250n * 10n ** 8n)
    expect(result.liquidityWei).toBe(sdkNewPairLiquidity(2n * 10n ** 18n, 250n * 10n ** 8n))
    expect(result.sqrtPriceX96).toBe(
      BigInt(
        encodeSqrtRatioX96(
          JSBI.BigInt(String(250n * 10n ** 8n)),
          JSBI.BigInt(String(2n * 10n ** 18n)),
        ).toString(),
      ),
    )
    expect(result.pool).toMatchObject({ protocol: 'v2', token0: weth, token1: pasted, create: {} })
    const prices = pairStartingPrices(result.amount0Wei, result.amount1Wei, 18, 8)
    expect(prices.token1PerToken0).toBeCloseTo(125, 12)
    expect(prices.token0PerToken1).toBeCloseTo(0.008, 15)
  })
  it('refuses a pair with itself, missing tokens, and a pair that exists (listed or only on chain)', () => {
    expect(
      deriveCreatePair({ input: input({ tokenB: pasted.address }), tokens, choices: [], check: noPair }),
    ).toMatchObject({ status: 'incomplete', message: expect.stringContaining('cannot pair with itself') })
    expect(
      deriveCreatePair({ input: input({ tokenA: '' }), tokens, choices: [], check: noPair }).status,
    ).toBe('incomplete')
    const listed: PoolChoice = {
      protocol: 'v2',
      address: '0x3000000000000000000000000000000000000003',
      token0: weth,
      token1: pasted,
      fee: 3000,
      tickSpacing: 0,
    }
    expect(deriveCreatePair({ input: input(), tokens, choices: [listed], check: undefined })).toMatchObject({
      status: 'exists',
      listed: true,
      pairAddress: listed.address,
    })
    expect(deriveCreatePair({ input: input(), tokens, choices: [], check: undefined }).status).toBe(
      'checking',
    )
    const onChain = '0x4000000000000000000000000000000000000004'
    expect(
      deriveCreatePair({
        input: input(),
        tokens,
        choices: [],
        check: { existingPair: onChain, existingPairEmpty: false, references: [] },
      }),
    ).toMatchObject({ status: 'exists', listed: false, pairAddress: onChain })
    // Created but never funded: the deposit is its first, so it is "created" like a new pair.
    expect(
      deriveCreatePair({
        input: input(),
        tokens,
        choices: [],
        check: { existingPair: onChain, existingPairEmpty: true, references: [] },
      }),
    ).toMatchObject({ status: 'ready', emptyPair: onChain })
  })
  it('names the wrong field: zero, negative, too precise; dust on both', () => {
    const derive = (next: Partial<CreatePairInput>) =>
      deriveCreatePair({ input: input(next), tokens, choices: [], check: noPair })
    expect(derive({ amountAText: '0' })).toMatchObject({ status: 'invalid-amount', field: 'tokenA' })
    expect(derive({ amountBText: '-1' })).toMatchObject({ status: 'invalid-amount', field: 'tokenB' })
    expect(derive({ amountAText: '1.123456789' })).toMatchObject({
      status: 'invalid-amount',
      field: 'tokenA',
    })
    expect(derive({ amountAText: '0.00000001', amountBText: '0.000000000000001' })).toMatchObject({
      status: 'invalid-amount',
      field: 'both',
      message: expect.stringContaining('1000'),
    })
  })
  it('asks for an acknowledgement when the ratio is > 5 % from a listed pool of the pair', () => {
    const reference = {
      protocol: 'v3' as const,
      fee: 3000,
      sqrtPriceX96: BigInt(
        encodeSqrtRatioX96(JSBI.BigInt(String(100n * 10n ** 8n)), JSBI.BigInt(String(10n ** 18n))).toString(),
      ),
    }
    const check = { existingPair: undefined, existingPairEmpty: false, references: [reference] }
    // 125 PSTD per WETH vs 100: 25 % away.
    expect(deriveCreatePair({ input: input(), tokens, choices: [], check })).toMatchObject({
      status: 'needs-ack',
      pool: undefined,
      deviation: { strong: true },
    })
    const strong = deriveCreatePair({ input: input(), tokens, choices: [], check })
    // 25 % from the floored Q64.96 sqrt prices: 2499 or 2500 bps.
    if (strong.status !== 'needs-ack' || !strong.deviation) throw new Error(strong.status)
    expect(Number(strong.deviation.deviationBps)).toBeGreaterThanOrEqual(2499)
    expect(Number(strong.deviation.deviationBps)).toBeLessThanOrEqual(2500)
    expect(
      deriveCreatePair({ input: input({ acknowledgedDeviation: true }), tokens, choices: [], check }).status,
    ).toBe('ready')
    // 101 per WETH: a plain comparison, no acknowledgement needed.
    expect(
      deriveCreatePair({ input: input({ amountAText: '202' }), tokens, choices: [], check }),
    ).toMatchObject({ status: 'ready', deviation: { strong: false } })
  })
})
