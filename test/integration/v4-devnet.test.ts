import {
  type Address,
  createPublicClient,
  createWalletClient,
  domainSeparator,
  erc20Abi,
  type Hex,
  http,
  numberToHex,
  type PublicClient,
  parseAbi,
  parseEventLogs,
  zeroAddress,
} from 'viem'
import { describe, expect, inject, it } from 'vitest'
import { devnetChain } from '../../devnet/chain.ts'
import { encodeV4Actions, V4_ACTIONS, V4_POOL_SPECS, v4ActionParams } from '../../devnet/v4Seed.ts'
import { permit2Abi } from '../../src/chain/abi/permit2Abi.ts'
import { poolManagerAbi } from '../../src/chain/abi/poolManagerAbi.ts'
import { positionManagerAbi } from '../../src/chain/abi/positionManagerAbi.ts'
import { stateViewAbi } from '../../src/chain/abi/stateViewAbi.ts'
import { uniswapV3PoolAbi } from '../../src/chain/abi/uniswapV3PoolAbi.ts'
import type { V4DeploymentInfo, V4PoolInfo } from '../../src/domain/catalogue/types.ts'
import {
  decodeHookPermissions,
  decodePositionInfo,
  encodePositionInfo,
  getAmountsForLiquidity,
  getFeeGrowthInside,
  getSqrtRatioAtTick,
  getTickAtSqrtRatio,
  getTokensOwed,
  poolIdPrefix,
  positionManagerPositionKey,
  toPoolId,
} from '../../src/math/index.ts'

// Each test runs in its own devnet snapshot (test/setup/snapshot.setup.ts): the payouts below are reverted after.
const PERMIT2: Address = '0x000000000022D473030F116dDEE9F6B43aC78BA3'
/** Receives the test payouts: an address with no balances, so a payout is its balance afterwards. */
const PAYOUT_RECIPIENT: Address = '0x00000000000000000000000000000000000fee50'
const DEADLINE = 4_102_444_800n

const hookAbi = parseAbi([
  'function getHookPermissions() pure returns ((bool beforeInitialize, bool afterInitialize, bool beforeAddLiquidity, bool afterAddLiquidity, bool beforeRemoveLiquidity, bool afterRemoveLiquidity, bool beforeSwap, bool afterSwap, bool beforeDonate, bool afterDonate, bool beforeSwapReturnDelta, bool afterSwapReturnDelta, bool afterAddLiquidityReturnDelta, bool afterRemoveLiquidityReturnDelta))',
  'function beforeSwapCount(bytes32 poolId) view returns (uint256)',
  'function afterSwapCount(bytes32 poolId) view returns (uint256)',
])

const subscriberAbi = parseAbi(['function notifications(uint256 tokenId) view returns (uint256)'])

function setup() {
  const deployments = inject('deployments')
  const v4 = deployments.v4 as V4DeploymentInfo
  if (!v4) throw new Error('the devnet deployments have no v4 section')
  const client = createPublicClient({ chain: devnetChain, transport: http(inject('rpcUrl')), cacheTime: 0 })
  return { deployments, v4, client: client as PublicClient }
}

const poolOf = (v4: V4DeploymentInfo, poolId: Hex): V4PoolInfo => {
  const pool = v4.pools.find((p) => p.poolId === poolId)
  if (!pool) throw new Error(`no pool ${poolId}`)
  return pool
}

const keyOf = (pool: V4PoolInfo) => ({
  currency0: pool.currency0,
  currency1: pool.currency1,
  fee: pool.fee,
  tickSpacing: pool.tickSpacing,
  hooks: pool.hooks,
})

async function balanceOf(client: PublicClient, currency: Address, owner: Address): Promise<bigint> {
  if (currency === zeroAddress) return client.getBalance({ address: owner })
  return client.readContract({ address: currency, abi: erc20Abi, functionName: 'balanceOf', args: [owner] })
}

async function readSlot0(client: PublicClient, v4: V4DeploymentInfo, poolId: Hex) {
  const [sqrtPriceX96, tick] = await client.readContract({
    address: v4.stateView,
    abi: stateViewAbi,
    functionName: 'getSlot0',
    args: [poolId],
  })
  return { sqrtPriceX96, tick }
}

/** App-side uncollected fees: fee growth inside from the pool's globals and tick outsides, times liquidity. */
async function appSideFees(client: PublicClient, v4: V4DeploymentInfo, poolId: Hex, tokenId: bigint) {
  const [, info] = await client.readContract({
    address: v4.positionManager,
    abi: positionManagerAbi,
    functionName: 'getPoolAndPositionInfo',
    args: [tokenId],
  })
  const { tickLower, tickUpper } = decodePositionInfo(info)
  const positionKey = positionManagerPositionKey(v4.positionManager, tokenId, tickLower, tickUpper)
  const [liquidity, last0, last1] = await client.readContract({
    address: v4.stateView,
    abi: stateViewAbi,
    functionName: 'getPositionInfo',
    args: [poolId, positionKey],
  })
  const [global0, global1] = await client.readContract({
    address: v4.stateView,
    abi: stateViewAbi,
    functionName: 'getFeeGrowthGlobals',
    args: [poolId],
  })
  const tickInfo = (tick: number) =>
    client.readContract({
      address: v4.stateView,
      abi: stateViewAbi,
      functionName: 'getTickInfo',
      args: [poolId, tick],
    })
  const [, , lower0, lower1] = await tickInfo(tickLower)
  const [, , upper0, upper1] = await tickInfo(tickUpper)
  const { tick } = await readSlot0(client, v4, poolId)
  const inside = getFeeGrowthInside({
    tickLower,
    tickUpper,
    tickCurrent: tick,
    feeGrowthGlobal0X128: global0,
    feeGrowthGlobal1X128: global1,
    lowerFeeGrowthOutside0X128: lower0,
    lowerFeeGrowthOutside1X128: lower1,
    upperFeeGrowthOutside0X128: upper0,
    upperFeeGrowthOutside1X128: upper1,
  })
  return {
    liquidity,
    tickLower,
    tickUpper,
    inside,
    fees0: getTokensOwed(last0, inside.feeGrowthInside0X128, liquidity),
    fees1: getTokensOwed(last1, inside.feeGrowthInside1X128, liquidity),
  }
}

/** Sends DECREASE_LIQUIDITY(tokenId, liquidity) + TAKE_PAIR(→ PAYOUT_RECIPIENT) as the demo account; returns the payout. */
async function decreaseAndTake(
  client: PublicClient,
  v4: V4DeploymentInfo,
  owner: Address,
  pool: V4PoolInfo,
  tokenId: bigint,
  liquidity: bigint,
): Promise<{ amount0: bigint; amount1: bigint }> {
  const before0 = await balanceOf(client, pool.currency0, PAYOUT_RECIPIENT)
  const before1 = await balanceOf(client, pool.currency1, PAYOUT_RECIPIENT)
  const wallet = createWalletClient({ chain: devnetChain, transport: http(inject('rpcUrl')), account: owner })
  const hash = await wallet.writeContract({
    address: v4.positionManager,
    abi: positionManagerAbi,
    functionName: 'modifyLiquidities',
    args: [
      encodeV4Actions([
        { action: V4_ACTIONS.DECREASE_LIQUIDITY, params: v4ActionParams.decrease(tokenId, liquidity) },
        { action: V4_ACTIONS.TAKE_PAIR, params: v4ActionParams.takePair(keyOf(pool), PAYOUT_RECIPIENT) },
      ]),
      DEADLINE,
    ],
  })
  const receipt = await client.waitForTransactionReceipt({ hash })
  expect(receipt.status).toBe('success')
  return {
    amount0: (await balanceOf(client, pool.currency0, PAYOUT_RECIPIENT)) - before0,
    amount1: (await balanceOf(client, pool.currency1, PAYOUT_RECIPIENT)) - before1,
  }
}

describe('Uniswap V4 on the devnet', () => {
  it("Permit2's DOMAIN_SEPARATOR is the EIP-712 domain of chain 31337 at its canonical address", async () => {
    const { v4, client } = setup()
    expect(v4.permit2).toBe(PERMIT2)
    const separator = await client.readContract({
      address: PERMIT2,
      abi: permit2Abi,
      functionName: 'DOMAIN_SEPARATOR',
    })
    expect(separator).toBe(
      domainSeparator({ domain: { name: 'Permit2', chainId: 31337, verifyingContract: PERMIT2 } }),
    )
  })

  it('the demo account has no Permit2 or ERC-20 allowance left to V4 spenders after seeding', async () => {
    const { deployments, v4, client } = setup()
    for (const token of deployments.tokens) {
      for (const spender of [v4.positionManager, v4.swapRouter]) {
        const [amount] = await client.readContract({
          address: PERMIT2,
          abi: permit2Abi,
          functionName: 'allowance',
          args: [deployments.demoAccount, token.address, spender],
        })
        expect(amount, `${token.symbol} Permit2 allowance`).toBe(0n)
      }
      const erc20 = await client.readContract({
        address: token.address,
        abi: erc20Abi,
        functionName: 'allowance',
        args: [deployments.demoAccount, PERMIT2],
      })
      expect(erc20, `${token.symbol} approval of Permit2`).toBe(0n)
    }
  })

  it('every pool: the PoolId from src/math is the id of its PoolManager Initialize event, with the same key', async () => {
    const { v4, client } = setup()
    const logs = await client.getLogs({
      address: v4.poolManager,
      event: poolManagerAbi.find((item) => item.type === 'event' && item.name === 'Initialize') as never,
      fromBlock: BigInt(v4.startBlock),
      toBlock: 'latest',
    })
    const events = parseEventLogs({ abi: poolManagerAbi, eventName: 'Initialize', logs })
    expect(events).toHaveLength(V4_POOL_SPECS.length)
    expect(v4.pools).toHaveLength(V4_POOL_SPECS.length)
    for (const pool of v4.pools) {
      const id = toPoolId(keyOf(pool))
      expect(id).toBe(pool.poolId)
      const event = events.find((e) => e.args.id === id)
      expect(event, `Initialize of ${id}`).toBeDefined()
      expect(event?.args).toMatchObject({
        currency0: pool.currency0,
        currency1: pool.currency1,
        fee: pool.fee,
        tickSpacing: pool.tickSpacing,
        hooks: pool.hooks,
      })
    }
    // Native ETH and a hooked pool are among them.
    expect(v4.pools.some((p) => p.currency0 === zeroAddress && p.hooks === zeroAddress)).toBe(true)
    expect(v4.pools.some((p) => p.hooks === v4.swapCounterHook)).toBe(true)
  })

  it("StateView slot0 and in-range liquidity agree with the pools' ModifyLiquidity history and the V3 twin", async () => {
    const { deployments, v4, client } = setup()
    const logs = await client.getLogs({
      address: v4.poolManager,
      event: poolManagerAbi.find((item) => item.type === 'event' && item.name === 'ModifyLiquidity') as never,
      fromBlock: BigInt(v4.startBlock),
      toBlock: 'latest',
    })
    const modifications = parseEventLogs({ abi: poolManagerAbi, eventName: 'ModifyLiquidity', logs })
    for (const pool of v4.pools) {
      const { sqrtPriceX96, tick } = await readSlot0(client, v4, pool.poolId)
      expect(sqrtPriceX96).toBeGreaterThan(0n)
      // slot0.tick is the tick of the sqrt price (or one below it, on a downward boundary landing).
      const derived = getTickAtSqrtRatio(sqrtPriceX96)
      expect(tick === derived || (tick === derived - 1 && getSqrtRatioAtTick(derived) === sqrtPriceX96)).toBe(
        true,
      )
      // Oracle: active liquidity = sum of the liquidity deltas of every range containing the current tick.
      const inRange = modifications
        .filter((m) => m.args.id === pool.poolId && m.args.tickLower <= tick && tick < m.args.tickUpper)
        .reduce((sum, m) => sum + m.args.liquidityDelta, 0n)
      const liquidity = await client.readContract({
        address: v4.stateView,
        abi: stateViewAbi,
        functionName: 'getLiquidity',
        args: [pool.poolId],
      })
      expect(liquidity).toBe(inRange)
      expect(liquidity).toBeGreaterThan(0n)
    }
    // The native ETH/USDC 0.05 % pool and the V3 WETH/USDC 0.05 % pool trade the same market: prices within 2 %.
    const native = v4.pools.find(
      (p) => p.currency0 === zeroAddress && p.fee === 500 && p.hooks === zeroAddress,
    )
    const v3Twin = deployments.v3Pools.find(
      (p) =>
        p.fee === 500 &&
        [p.token0, p.token1].includes(deployments.contracts.weth9) &&
        [p.token0, p.token1].includes(deployments.usdToken),
    )
    if (!native || !v3Twin) throw new Error('no V4 ETH/USDC 0.05 % or V3 WETH/USDC 0.05 % pool')
    const [v3Sqrt] = await client.readContract({
      address: v3Twin.address,
      abi: uniswapV3PoolAbi,
      functionName: 'slot0',
    })
    const { sqrtPriceX96: v4Sqrt } = await readSlot0(client, v4, native.poolId)
    // USDC per ETH (raw): V4 has ETH as currency0; V3 has WETH as token0 or token1.
    const v4Price = (Number(v4Sqrt) / 2 ** 96) ** 2
    const v3Raw = (Number(v3Sqrt) / 2 ** 96) ** 2
    const v3Price = v3Twin.token0 === deployments.contracts.weth9 ? v3Raw : 1 / v3Raw
    expect(Math.abs(v4Price / v3Price - 1)).toBeLessThan(0.02)
  })

  it("the hook address's decoded flags equal the hook's getHookPermissions(), and it counted every swap of its pool", async () => {
    const { v4, client } = setup()
    const permissions = await client.readContract({
      address: v4.swapCounterHook,
      abi: hookAbi,
      functionName: 'getHookPermissions',
    })
    expect(decodeHookPermissions(v4.swapCounterHook)).toEqual(permissions)
    expect(permissions.beforeSwap && permissions.afterSwap).toBe(true)
    expect(decodeHookPermissions(zeroAddress)).toEqual(
      Object.fromEntries(Object.keys(permissions).map((k) => [k, false])),
    )

    const hooked = v4.pools.find((p) => p.hooks === v4.swapCounterHook)
    if (!hooked) throw new Error('no hooked pool')
    const logs = await client.getLogs({
      address: v4.poolManager,
      event: poolManagerAbi.find((item) => item.type === 'event' && item.name === 'Swap') as never,
      fromBlock: BigInt(v4.startBlock),
      toBlock: 'latest',
    })
    const swaps = parseEventLogs({ abi: poolManagerAbi, eventName: 'Swap', logs })
    const hookedSwaps = BigInt(swaps.filter((s) => s.args.id === hooked.poolId).length)
    expect(hookedSwaps).toBeGreaterThan(0n)
    expect(BigInt(swaps.length)).toBe(BigInt(v4.swapCount))
    for (const name of ['beforeSwapCount', 'afterSwapCount'] as const)
      expect(
        await client.readContract({
          address: v4.swapCounterHook,
          abi: hookAbi,
          functionName: name,
          args: [hooked.poolId],
        }),
      ).toBe(hookedSwaps)
  })

  it('each demo V4 position: PositionInfo packing and the PoolManager position key match the contracts', async () => {
    const { deployments, v4, client } = setup()
    const labels = v4.demoPositions.map((p) => p.label).sort()
    expect(labels).toEqual([
      'closed',
      'full-range',
      'in-range',
      'out-of-range',
      'subscribed',
      'uncollected-fees',
    ])
    for (const seeded of v4.demoPositions) {
      const tokenId = BigInt(seeded.tokenId)
      const pool = poolOf(v4, seeded.poolId)
      if (seeded.label === 'closed') {
        await expect(
          client.readContract({
            address: v4.positionManager,
            abi: positionManagerAbi,
            functionName: 'ownerOf',
            args: [tokenId],
          }),
        ).rejects.toThrow()
        const positionKey = positionManagerPositionKey(
          v4.positionManager,
          tokenId,
          seeded.tickLower,
          seeded.tickUpper,
        )
        const [liquidity] = await client.readContract({
          address: v4.stateView,
          abi: stateViewAbi,
          functionName: 'getPositionInfo',
          args: [seeded.poolId, positionKey],
        })
        expect(liquidity).toBe(0n)
        continue
      }
      expect(
        await client.readContract({
          address: v4.positionManager,
          abi: positionManagerAbi,
          functionName: 'ownerOf',
          args: [tokenId],
        }),
      ).toBe(deployments.demoAccount)
      const [poolKey, info] = await client.readContract({
        address: v4.positionManager,
        abi: positionManagerAbi,
        functionName: 'getPoolAndPositionInfo',
        args: [tokenId],
      })
      expect(poolKey).toEqual(keyOf(pool))
      expect(decodePositionInfo(info)).toEqual({
        poolIdPrefix: poolIdPrefix(seeded.poolId),
        tickLower: seeded.tickLower,
        tickUpper: seeded.tickUpper,
        hasSubscriber: seeded.label === 'subscribed',
      })
      expect(
        encodePositionInfo(seeded.poolId, seeded.tickLower, seeded.tickUpper, seeded.label === 'subscribed'),
      ).toBe(info)
      expect(
        await client.readContract({
          address: v4.positionManager,
          abi: positionManagerAbi,
          functionName: 'subscriber',
          args: [tokenId],
        }),
      ).toBe(seeded.label === 'subscribed' ? v4.subscriber : zeroAddress)
      // The key from src/math reads the same position as StateView's (owner, ticks, salt) overload.
      const key = positionManagerPositionKey(v4.positionManager, tokenId, seeded.tickLower, seeded.tickUpper)
      const byKey = await client.readContract({
        address: v4.stateView,
        abi: stateViewAbi,
        functionName: 'getPositionInfo',
        args: [seeded.poolId, key],
      })
      const byFields = await client.readContract({
        address: v4.stateView,
        abi: stateViewAbi,
        functionName: 'getPositionInfo',
        args: [
          seeded.poolId,
          v4.positionManager,
          seeded.tickLower,
          seeded.tickUpper,
          numberToHex(tokenId, { size: 32 }),
        ],
      })
      expect(byKey).toEqual(byFields)
      const liquidity = await client.readContract({
        address: v4.positionManager,
        abi: positionManagerAbi,
        functionName: 'getPositionLiquidity',
        args: [tokenId],
      })
      expect(byKey[0]).toBe(liquidity)
      expect(liquidity.toString()).toBe(seeded.liquidityAtMint)

      const { tick } = await readSlot0(client, v4, seeded.poolId)
      if (seeded.label === 'in-range' || seeded.label === 'full-range' || seeded.label === 'subscribed')
        expect(seeded.tickLower <= tick && tick < seeded.tickUpper).toBe(true)
      if (seeded.label === 'out-of-range')
        expect(tick < seeded.tickLower || tick >= seeded.tickUpper).toBe(true)
    }
  })

  for (const label of ['in-range', 'out-of-range', 'full-range', 'uncollected-fees', 'subscribed'] as const)
    it(`demo V4 '${label}' position: src/math fees and amounts equal what DECREASE(0) and DECREASE(all) + TAKE_PAIR pay, to the wei`, async () => {
      const { deployments, v4, client } = setup()
      const seeded = v4.demoPositions.find((p) => p.label === label)
      if (!seeded) throw new Error(`no '${label}' V4 position`)
      const tokenId = BigInt(seeded.tokenId)
      const pool = poolOf(v4, seeded.poolId)
      const fees = await appSideFees(client, v4, seeded.poolId, tokenId)
      // The app-side fee growth inside equals StateView's own getFeeGrowthInside.
      const [inside0, inside1] = await client.readContract({
        address: v4.stateView,
        abi: stateViewAbi,
        functionName: 'getFeeGrowthInside',
        args: [seeded.poolId, fees.tickLower, fees.tickUpper],
      })
      expect([fees.inside.feeGrowthInside0X128, fees.inside.feeGrowthInside1X128]).toEqual([inside0, inside1])
      if (label !== 'out-of-range') expect(fees.fees0 + fees.fees1).toBeGreaterThan(0n)

      const notifications = () =>
        client.readContract({
          address: v4.subscriber,
          abi: subscriberAbi,
          functionName: 'notifications',
          args: [tokenId],
        })
      const notifiedBefore = await notifications()
      const collected = await decreaseAndTake(client, v4, deployments.demoAccount, pool, tokenId, 0n)
      expect(collected).toEqual({ amount0: fees.fees0, amount1: fees.fees1 })

      const { sqrtPriceX96 } = await readSlot0(client, v4, seeded.poolId)
      const expected = getAmountsForLiquidity(
        sqrtPriceX96,
        getSqrtRatioAtTick(seeded.tickLower),
        getSqrtRatioAtTick(seeded.tickUpper),
        fees.liquidity,
      )
      const withdrawn = await decreaseAndTake(
        client,
        v4,
        deployments.demoAccount,
        pool,
        tokenId,
        fees.liquidity,
      )
      expect(withdrawn).toEqual(expected)
      // The subscriber hears of both modifications (it does not change the payouts).
      expect(await notifications()).toBe(notifiedBefore + (label === 'subscribed' ? 2n : 0n))
      if (label === 'out-of-range') expect(expected.amount0 === 0n || expected.amount1 === 0n).toBe(true)
      else expect(expected.amount0 > 0n && expected.amount1 > 0n).toBe(true)
    })
})
