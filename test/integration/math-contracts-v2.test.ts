// Uniswap V2 against src/math, to the wei: Router02 quotes and real swaps, addLiquidity and
// removeLiquidity with the protocol fee switched on.
// Random cases replay with POOLSCOPE_MATH_SEED.
import { type Address, parseEventLogs } from 'viem'
import { describe, expect, it } from 'vitest'
import {
  getAmountIn,
  getAmountOut,
  getLiquidityMinted,
  getLiquidityValue,
  getProtocolFeeLiquidity,
  quote,
} from '../../src/math/index.ts'
import { erc20Abi, v2FactoryAbi, v2PairAbi, v2RouterAbi } from './helpers/abis.ts'
import { DEADLINE } from './helpers/devnetClient.ts'
import { latestBlock, setupMathFixture } from './helpers/mathFixture.ts'

const fx = setupMathFixture('math-contracts-v2')
const { random, deployments, lp: LP, other: OTHER, plainTokens } = fx
const { contracts } = deployments

describe('V2 pairs and Router02 vs src/math', () => {
  const pairs = deployments.v2Pairs.filter(
    (pair) => plainTokens.includes(pair.token0) && plainTokens.includes(pair.token1),
  )

  async function readPair(pair: Address, blockNumber: bigint) {
    const base = { address: pair, abi: v2PairAbi } as const
    const [reserves, totalSupply, kLast] = await fx.client.publicClient.multicall({
      allowFailure: false,
      blockNumber,
      contracts: [
        { ...base, functionName: 'getReserves' },
        { ...base, functionName: 'totalSupply' },
        { ...base, functionName: 'kLast' },
      ],
    })
    return { reserve0: reserves[0], reserve1: reserves[1], totalSupply, kLast }
  }

  it('getAmountOut / getAmountIn == Router02 getAmountsOut / getAmountsIn == real swaps', async () => {
    const { client } = fx
    for (let i = 0; i < 24; i++) {
      const pair = random.pick(pairs)
      const zeroForOne = random.chance(0.5)
      const path = zeroForOne ? [pair.token0, pair.token1] : [pair.token1, pair.token0]
      const block = await latestBlock(client)
      const { reserve0, reserve1 } = await readPair(pair.address, block)
      const [reserveIn, reserveOut] = zeroForOne ? [reserve0, reserve1] : [reserve1, reserve0]
      const exactInput = random.chance(0.5)
      const amount = random.share(exactInput ? reserveIn : reserveOut, 1e-6, 0.3) + 1n
      const expected = exactInput
        ? getAmountOut(amount, reserveIn, reserveOut)
        : getAmountIn(amount, reserveIn, reserveOut)
      const quoted = await client.publicClient.readContract({
        address: contracts.v2Router02,
        abi: v2RouterAbi,
        functionName: exactInput ? 'getAmountsOut' : 'getAmountsIn',
        args: [amount, path],
        blockNumber: block,
      })
      expect(exactInput ? quoted[1] : quoted[0]).toBe(expected)
      const receipt = exactInput
        ? await client.write({
            from: LP,
            address: contracts.v2Router02,
            abi: v2RouterAbi,
            functionName: 'swapExactTokensForTokens',
            args: [amount, 0n, path, LP, DEADLINE],
          })
        : await client.write({
            from: LP,
            address: contracts.v2Router02,
            abi: v2RouterAbi,
            functionName: 'swapTokensForExactTokens',
            args: [amount, 2n ** 255n, path, LP, DEADLINE],
          })
      const [swap] = parseEventLogs({ abi: v2PairAbi, eventName: 'Swap', logs: receipt.logs })
      if (!swap) throw new Error('no Swap event')
      const { amount0In, amount1In, amount0Out, amount1Out } = swap.args
      const [paid, received] = zeroForOne ? [amount0In, amount1Out] : [amount1In, amount0Out]
      expect(exactInput ? received : paid).toBe(expected)
      expect(exactInput ? paid : received).toBe(amount)
    }
  })

  it('addLiquidity mints getLiquidityMinted; removeLiquidity returns getLiquidityValue', async () => {
    const { client } = fx
    // Turn the protocol fee on (the devnet leaves it off) so every mint and burn also pays the pending
    // _mintFee, which getLiquidityMinted / getLiquidityValue must include.
    const feeToSetter = await client.publicClient.readContract({
      address: contracts.v2Factory,
      abi: v2FactoryAbi,
      functionName: 'feeToSetter',
    })
    await client.testClient.impersonateAccount({ address: feeToSetter })
    await client.write({
      from: feeToSetter,
      address: contracts.v2Factory,
      abi: v2FactoryAbi,
      functionName: 'setFeeTo',
      args: [OTHER],
    })
    await client.testClient.stopImpersonatingAccount({ address: feeToSetter })
    const feeOn = true
    let protocolFeeMints = 0
    for (let i = 0; i < 12; i++) {
      const pair = random.pick(pairs)
      // A swap between liquidity events grows k past kLast: that growth is what the protocol fee takes.
      const path = random.chance(0.5) ? [pair.token0, pair.token1] : [pair.token1, pair.token0]
      const reserves = await client.publicClient.readContract({
        address: pair.address,
        abi: v2PairAbi,
        functionName: 'getReserves',
      })
      const reserveIn = path[0] === pair.token0 ? reserves[0] : reserves[1]
      await client.write({
        from: LP,
        address: contracts.v2Router02,
        abi: v2RouterAbi,
        functionName: 'swapExactTokensForTokens',
        args: [random.share(reserveIn, 0.001, 0.2) + 1n, 0n, path, LP, DEADLINE],
      })
      let block = await latestBlock(client)
      const before = await readPair(pair.address, block)
      const desired0 = random.share(before.reserve0, 1e-5, 0.5) + 1n
      const desired1 = random.share(before.reserve1, 1e-5, 0.5) + 1n
      // Router02._addLiquidity: keep the pool ratio, using all of whichever side binds.
      const optimal1 = quote(desired0, before.reserve0, before.reserve1)
      const [amount0, amount1] =
        optimal1 <= desired1
          ? [desired0, optimal1]
          : [quote(desired1, before.reserve1, before.reserve0), desired1]
      const minted = getLiquidityMinted({ ...before, feeOn, amount0, amount1 })
      const added = await client.write({
        from: LP,
        address: contracts.v2Router02,
        abi: v2RouterAbi,
        functionName: 'addLiquidity',
        args: [pair.token0, pair.token1, desired0, desired1, 0n, 0n, LP, DEADLINE],
      })
      const [mint] = parseEventLogs({ abi: v2PairAbi, eventName: 'Mint', logs: added.logs })
      expect([mint?.args.amount0, mint?.args.amount1]).toEqual([amount0, amount1])
      const toLp = parseEventLogs({ abi: v2PairAbi, eventName: 'Transfer', logs: added.logs }).filter(
        (log) => log.args.to === LP,
      )
      expect(toLp.map((log) => log.args.value)).toEqual([minted])
      const toFeeTo = parseEventLogs({ abi: v2PairAbi, eventName: 'Transfer', logs: added.logs }).filter(
        (log) => log.args.to === OTHER,
      )
      const protocolFee = getProtocolFeeLiquidity({ ...before, feeOn })
      expect(toFeeTo.map((log) => log.args.value)).toEqual(protocolFee > 0n ? [protocolFee] : [])
      if (protocolFee > 0n) protocolFeeMints++

      block = await latestBlock(client)
      const balance = await client.publicClient.readContract({
        address: pair.address,
        abi: v2PairAbi,
        functionName: 'balanceOf',
        args: [LP],
        blockNumber: block,
      })
      const liquidity = random.share(balance, 0.05, 1) + 1n
      const state = await readPair(pair.address, block)
      const [balance0, balance1] = await Promise.all(
        [pair.token0, pair.token1].map((t) =>
          client.publicClient.readContract({
            address: t,
            abi: erc20Abi,
            functionName: 'balanceOf',
            args: [pair.address],
            blockNumber: block,
          }),
        ),
      )
      const expected = getLiquidityValue({
        ...state,
        feeOn,
        liquidity,
        balance0: balance0 as bigint,
        balance1: balance1 as bigint,
      })
      await client.write({
        from: LP,
        address: pair.address,
        abi: v2PairAbi,
        functionName: 'approve',
        args: [contracts.v2Router02, liquidity],
      })
      const removed = await client.write({
        from: LP,
        address: contracts.v2Router02,
        abi: v2RouterAbi,
        functionName: 'removeLiquidity',
        args: [pair.token0, pair.token1, liquidity, 0n, 0n, LP, DEADLINE],
      })
      const [burn] = parseEventLogs({ abi: v2PairAbi, eventName: 'Burn', logs: removed.logs })
      expect({ amount0: burn?.args.amount0, amount1: burn?.args.amount1 }).toEqual(expected)
    }
    expect(protocolFeeMints).toBeGreaterThanOrEqual(6)
  })
})
