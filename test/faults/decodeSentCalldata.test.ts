// @vitest-environment node
// Unit test of test/helpers/decodeSentCalldata.ts (kept here: the unit project includes test/faults/).
import { TickMath } from '@uniswap/v3-sdk'
import { type Address, encodeFunctionData, maxUint128, parseAbi } from 'viem'
import { describe, expect, it } from 'vitest'
import {
  bps,
  decodeSentCalldata,
  expectedMintMinimums,
  v2MinimumsAtTolerance,
} from '../helpers/decodeSentCalldata.ts'

const NPM: Address = '0x1111111111111111111111111111111111111111'
const ROUTER: Address = '0x2222222222222222222222222222222222222222'
const contracts = { nonfungiblePositionManager: NPM, v2Router02: ROUTER }
const WETH: Address = '0x3333333333333333333333333333333333333333'
const USDC: Address = '0x4444444444444444444444444444444444444444'
const USER: Address = '0x5555555555555555555555555555555555555555'

// Encoded with hand-written signatures (not the artifacts the decoder uses), as a wallet would receive them.
const npm = parseAbi([
  'struct MintParams { address token0; address token1; uint24 fee; int24 tickLower; int24 tickUpper; uint256 amount0Desired; uint256 amount1Desired; uint256 amount0Min; uint256 amount1Min; address recipient; uint256 deadline; }',
  'function mint(MintParams params) payable returns (uint256 tokenId, uint128 liquidity, uint256 amount0, uint256 amount1)',
  'struct IncreaseLiquidityParams { uint256 tokenId; uint256 amount0Desired; uint256 amount1Desired; uint256 amount0Min; uint256 amount1Min; uint256 deadline; }',
  'function increaseLiquidity(IncreaseLiquidityParams params) payable returns (uint128 liquidity, uint256 amount0, uint256 amount1)',
  'struct DecreaseLiquidityParams { uint256 tokenId; uint128 liquidity; uint256 amount0Min; uint256 amount1Min; uint256 deadline; }',
  'function decreaseLiquidity(DecreaseLiquidityParams params) payable returns (uint256 amount0, uint256 amount1)',
  'struct CollectParams { uint256 tokenId; address recipient; uint128 amount0Max; uint128 amount1Max; }',
  'function collect(CollectParams params) payable returns (uint256 amount0, uint256 amount1)',
  'function multicall(bytes[] data) payable returns (bytes[] results)',
])
const router = parseAbi([
  'function removeLiquidity(address tokenA, address tokenB, uint256 liquidity, uint256 amountAMin, uint256 amountBMin, address to, uint256 deadline) returns (uint256 amountA, uint256 amountB)',
  'function removeLiquidityETH(address token, uint256 liquidity, uint256 amountTokenMin, uint256 amountETHMin, address to, uint256 deadline) returns (uint256 amountToken, uint256 amountETH)',
])

describe('decodeSentCalldata', () => {
  it('decodes a mint with its minimums and deadline', () => {
    const params = {
      token0: WETH,
      token1: USDC,
      fee: 3000,
      tickLower: -198_120,
      tickUpper: -196_140,
      amount0Desired: 1_500_000_000_000_000_000n,
      amount1Desired: 4_321_000_000n,
      amount0Min: 1_400_000_000_000_000_000n,
      amount1Min: 4_000_000_000n,
      recipient: USER,
      deadline: 1_769_840_400n,
    }
    const data = encodeFunctionData({ abi: npm, functionName: 'mint', args: [params] })
    expect(decodeSentCalldata({ to: NPM, data }, contracts)).toEqual([{ kind: 'mint', ...params }])
  })

  it('flattens an NPM multicall: decrease then collect', () => {
    const decrease = encodeFunctionData({
      abi: npm,
      functionName: 'decreaseLiquidity',
      args: [{ tokenId: 7n, liquidity: 10n ** 15n, amount0Min: 11n, amount1Min: 22n, deadline: 99n }],
    })
    const collect = encodeFunctionData({
      abi: npm,
      functionName: 'collect',
      args: [{ tokenId: 7n, recipient: USER, amount0Max: maxUint128, amount1Max: maxUint128 }],
    })
    const data = encodeFunctionData({ abi: npm, functionName: 'multicall', args: [[decrease, collect]] })
    expect(decodeSentCalldata({ to: NPM, data }, contracts)).toEqual([
      {
        kind: 'decrease',
        tokenId: 7n,
        liquidity: 10n ** 15n,
        amount0Min: 11n,
        amount1Min: 22n,
        deadline: 99n,
      },
      { kind: 'collect', tokenId: 7n, recipient: USER, amount0Max: maxUint128, amount1Max: maxUint128 },
    ])
  })

  it('decodes an increase', () => {
    const args = {
      tokenId: 3n,
      amount0Desired: 5n,
      amount1Desired: 6n,
      amount0Min: 4n,
      amount1Min: 5n,
      deadline: 42n,
    }
    const data = encodeFunctionData({ abi: npm, functionName: 'increaseLiquidity', args: [args] })
    expect(decodeSentCalldata({ to: NPM, data }, contracts)).toEqual([{ kind: 'increase', ...args }])
  })

  it('decodes V2 removes, the ETH variant included', () => {
    const plain = encodeFunctionData({
      abi: router,
      functionName: 'removeLiquidity',
      args: [WETH, USDC, 1000n, 10n, 20n, USER, 77n],
    })
    expect(decodeSentCalldata({ to: ROUTER, data: plain }, contracts)).toEqual([
      {
        kind: 'v2-remove',
        functionName: 'removeLiquidity',
        tokenA: WETH,
        tokenB: USDC,
        liquidity: 1000n,
        amountAMin: 10n,
        amountBMin: 20n,
        to: USER,
        deadline: 77n,
      },
    ])
    const eth = encodeFunctionData({
      abi: router,
      functionName: 'removeLiquidityETH',
      args: [USDC, 1000n, 10n, 20n, USER, 77n],
    })
    expect(decodeSentCalldata({ to: ROUTER, data: eth }, contracts)[0]).toMatchObject({
      kind: 'v2-remove',
      tokenA: USDC,
      tokenB: 'ETH',
      amountAMin: 10n,
      amountBMin: 20n,
    })
  })

  it('marks writes to other contracts as other, and throws on calldata the NPM ABI cannot decode', () => {
    expect(decodeSentCalldata({ to: USER, data: '0x095ea7b3' }, contracts)).toEqual([
      { kind: 'other', to: USER, functionName: '0x095ea7b3', args: [] },
    ])
    expect(() => decodeSentCalldata({ to: NPM, data: '0xdeadbeef' }, contracts)).toThrow()
  })
})

describe('expectedMintMinimums (amm-reference §9 via the v3-sdk on a raw pool state)', () => {
  const tokens = { token0: WETH, token1: USDC, decimals0: 18, decimals1: 18, fee: 3000 }
  const stateAt = (tick: number) => ({
    sqrtPriceX96: BigInt(TickMath.getSqrtRatioAtTick(tick).toString()),
    tick,
    liquidity: 10n ** 24n,
  })
  // Price 1, a symmetric ±~10 % range: 1 + 1 token both fully used.
  const symmetric = {
    ...tokens,
    tickLower: -960,
    tickUpper: 960,
    amount0Desired: 10n ** 18n,
    amount1Desired: 10n ** 18n,
  }

  it('at 0 tolerance the minimums are the amounts the mint takes', () => {
    const { amount0Min, amount1Min } = expectedMintMinimums(stateAt(0), symmetric, bps(0))
    expect(10n ** 18n - amount0Min).toBeLessThanOrEqual(2n)
    expect(10n ** 18n - amount1Min).toBeLessThanOrEqual(2n)
  })

  it('at 0.5 % on a ±10 % range each side may fall by about 5 %, not 10 % and not 0.5 %', () => {
    const { amount0Min, amount1Min } = expectedMintMinimums(stateAt(0), symmetric, bps(50))
    for (const min of [amount0Min, amount1Min]) {
      expect(min).toBeGreaterThan(930_000_000_000_000_000n)
      expect(min).toBeLessThan(970_000_000_000_000_000n)
    }
  })

  it('a tolerance wider than a one-spacing range drives the minimums to 0 (the case the UI must flag)', () => {
    const narrow = { ...symmetric, tickLower: 0, tickUpper: 60 }
    expect(expectedMintMinimums(stateAt(30), narrow, bps(500))).toMatchObject({
      amount0Min: 0n,
      amount1Min: 0n,
    })
  })
})

describe('v2MinimumsAtTolerance', () => {
  it('matches the worked values amount0/√(1+tol) and amount1·√(1−tol), rounded down', () => {
    // 10^18/√1.01 and 10^18·√0.99, worked to 80 digits.
    expect(v2MinimumsAtTolerance(10n ** 18n, 10n ** 18n, bps(100))).toEqual({
      amount0Min: 995_037_190_209_989_135n,
      amount1Min: 994_987_437_106_619_954n,
    })
    expect(v2MinimumsAtTolerance(123_456_789n, 987_654_321n, bps(50))).toEqual({
      amount0Min: 123_149_299n,
      amount1Min: 985_182_091n,
    })
    expect(v2MinimumsAtTolerance(5n, 7n, bps(0))).toEqual({ amount0Min: 5n, amount1Min: 7n })
  })
})
