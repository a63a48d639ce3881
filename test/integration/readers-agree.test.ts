// The unified readers (src/chain/readers, one batched eth_call each, decoded by name) against direct
// readContract calls to the devnet's real contracts, one call per value, with this file's own ABIs.
import { createPublicClient, getAddress, http, parseAbi } from 'viem'
import { getBalance, getBlock, readContract } from 'viem/actions'
import { describe, expect, inject, it } from 'vitest'
import { devnetChain } from '../../devnet/index.ts'
import { catalogueFromDeployments } from '../../src/chain/catalogue/devnetCatalogue.ts'
import {
  PoolSnapshotUnavailableError,
  readPoolSnapshot,
  readPoolState,
} from '../../src/chain/pools/readPoolSnapshot.ts'
import { readBalances } from '../../src/chain/readers/readBalances.ts'
import { readFarmStates } from '../../src/chain/readers/readFarmStates.ts'
import { readPoolStates } from '../../src/chain/readers/readPoolStates.ts'
import { readNpmPositions } from '../../src/chain/readers/readPositionStates.ts'
import { readPopulatedTicks, tickWordsAround } from '../../src/chain/readers/readTicks.ts'
import { readTokenMetadata } from '../../src/chain/readers/readTokenMetadata.ts'
import { devnetRpc } from '../helpers/devnetRpc.ts'
import { tickLensAbi, v3PoolAbi } from './helpers/abis.ts'

const pairAbi = parseAbi([
  'function getReserves() view returns (uint112, uint112, uint32)',
  'function totalSupply() view returns (uint256)',
  'function kLast() view returns (uint256)',
])
const tokenAbi = parseAbi([
  'function decimals() view returns (uint8)',
  'function symbol() view returns (string)',
  'function balanceOf(address) view returns (uint256)',
  'function allowance(address, address) view returns (uint256)',
])
const npmAbi = parseAbi([
  'function positions(uint256) view returns (uint96, address, address, address, uint24, int24, int24, uint128, uint256, uint256, uint128, uint128)',
])
const farmAbi = parseAbi([
  'function rewardRate() view returns (uint256)',
  'function rewardPerTokenStored() view returns (uint256)',
  'function lastUpdateTime() view returns (uint256)',
  'function periodFinish() view returns (uint256)',
  'function totalSupply() view returns (uint256)',
])
const stakerAbi = parseAbi(['function incentives(bytes32) view returns (uint256, uint160, uint96)'])
/** Bytecode that reverts on every call. */
const REVERTING_CODE = '0x60006000fd'

const client = () => createPublicClient({ transport: http(inject('rpcUrl')), cacheTime: 0 })
/** The simulator's reader takes the app's chain-bound client. */
const chainClient = () =>
  createPublicClient({ chain: devnetChain, transport: http(inject('rpcUrl')), cacheTime: 0 })

describe('unified readers equal direct readContract calls on the devnet', () => {
  it('pool states: every V3 pool and V2 pair, at the block the batch names', async () => {
    const deployments = inject('deployments')
    const c = client()
    const states = await readPoolStates(c, {
      v3Pools: deployments.v3Pools.map((pool) => pool.address),
      v2Pairs: deployments.v2Pairs.map((pair) => pair.address),
    })
    const block = await getBlock(c, { blockNumber: states.blockNumber })
    expect(states.timestamp).toBe(block.timestamp)
    const at = { blockNumber: states.blockNumber }
    for (const pool of deployments.v3Pools) {
      const address = pool.address
      const [sqrtPriceX96, tick, , , , feeProtocol] = await readContract(c, {
        ...at,
        address,
        abi: v3PoolAbi,
        functionName: 'slot0',
      })
      expect(states.v3.get(address.toLowerCase())).toEqual({
        ok: true,
        value: {
          sqrtPriceX96,
          tick,
          feeProtocol,
          liquidity: await readContract(c, { ...at, address, abi: v3PoolAbi, functionName: 'liquidity' }),
          feeGrowthGlobal0X128: await readContract(c, {
            ...at,
            address,
            abi: v3PoolAbi,
            functionName: 'feeGrowthGlobal0X128',
          }),
          feeGrowthGlobal1X128: await readContract(c, {
            ...at,
            address,
            abi: v3PoolAbi,
            functionName: 'feeGrowthGlobal1X128',
          }),
        },
      })
    }
    for (const pair of deployments.v2Pairs) {
      const address = pair.address
      const [reserve0, reserve1] = await readContract(c, {
        ...at,
        address,
        abi: pairAbi,
        functionName: 'getReserves',
      })
      expect(states.v2.get(address.toLowerCase())).toEqual({
        ok: true,
        value: {
          reserve0,
          reserve1,
          totalSupply: await readContract(c, { ...at, address, abi: pairAbi, functionName: 'totalSupply' }),
          kLast: await readContract(c, { ...at, address, abi: pairAbi, functionName: 'kLast' }),
        },
      })
    }
  })

  it('ticks: TickLens words around the price of every V3 pool', async () => {
    const deployments = inject('deployments')
    const c = client()
    const blockNumber = await c.getBlockNumber()
    for (const pool of deployments.v3Pools) {
      const [, tick] = await readContract(c, {
        address: pool.address,
        abi: v3PoolAbi,
        functionName: 'slot0',
        blockNumber,
      })
      const words = tickWordsAround(tick, pool.tickSpacing, 11_000, 25)
      const read = await readPopulatedTicks(c, {
        tickLens: deployments.contracts.tickLens,
        pool: pool.address,
        words,
        blockNumber,
      })
      const direct = []
      for (const word of words)
        for (const entry of await readContract(c, {
          address: deployments.contracts.tickLens,
          abi: tickLensAbi,
          functionName: 'getPopulatedTicksInWord',
          args: [pool.address, word],
          blockNumber,
        }))
          direct.push({
            tick: entry.tick,
            liquidityNet: entry.liquidityNet,
            liquidityGross: entry.liquidityGross,
          })
      direct.sort((a, b) => a.tick - b.tick)
      expect(read).toEqual({ ok: true, value: direct })
      expect(direct.length).toBeGreaterThan(0)
    }
  })

  it('token metadata, balances and allowances of the demo account', async () => {
    const deployments = inject('deployments')
    const c = client()
    const plain = deployments.tokens.filter((token) => !token.tags?.includes('odd-metadata'))
    const metas = await readTokenMetadata(c, { tokens: plain.map((token) => token.address) })
    for (const [index, token] of plain.entries()) {
      expect(metas[index]?.decimals).toBe(
        await readContract(c, { address: token.address, abi: tokenAbi, functionName: 'decimals' }),
      )
      expect(metas[index]?.symbol).toBe(
        await readContract(c, { address: token.address, abi: tokenAbi, functionName: 'symbol' }),
      )
    }
    const account = deployments.demoAccount
    const spender = deployments.contracts.nonfungiblePositionManager
    const balances = await readBalances(c, { account, spender, tokens: plain.map((token) => token.address) })
    const at = { blockNumber: balances.blockNumber }
    expect(balances.ethBalanceWei).toBe(await getBalance(c, { address: account, ...at }))
    for (const token of plain) {
      const key = token.address.toLowerCase()
      expect(balances.balancesWei[key]).toBe(
        await readContract(c, {
          ...at,
          address: token.address,
          abi: tokenAbi,
          functionName: 'balanceOf',
          args: [account],
        }),
      )
      expect(balances.allowancesWei[key]).toBe(
        await readContract(c, {
          ...at,
          address: token.address,
          abi: tokenAbi,
          functionName: 'allowance',
          args: [account, spender],
        }),
      )
    }
    expect(Object.values(balances.balancesWei).some((balance) => balance > 0n)).toBe(true)
  })

  it('NPM positions, farms and incentives', async () => {
    const deployments = inject('deployments')
    const c = client()
    const npm = deployments.contracts.nonfungiblePositionManager
    const tokenIds = deployments.seed.demoPositions.map((position) => BigInt(position.tokenId))
    const blockNumber = await c.getBlockNumber()
    const positions = await readNpmPositions(c, { npm, tokenIds, blockNumber })
    for (const [index, tokenId] of tokenIds.entries()) {
      const [, , token0, token1, fee, tickLower, tickUpper, liquidity, growth0, growth1, owed0, owed1] =
        await readContract(c, {
          address: npm,
          abi: npmAbi,
          functionName: 'positions',
          args: [tokenId],
          blockNumber,
        })
      expect(positions[index]).toEqual({
        ok: true,
        value: {
          token0,
          token1,
          fee,
          tickLower,
          tickUpper,
          liquidity,
          feeGrowthInside0LastX128: growth0,
          feeGrowthInside1LastX128: growth1,
          tokensOwed0: owed0,
          tokensOwed1: owed1,
        },
      })
    }
    const staker = deployments.contracts.v3Staker
    const farms = deployments.stakingRewards.map((farm) => farm.address)
    const incentiveIds = deployments.v3Incentives.map((incentive) => incentive.incentiveId)
    const states = await readFarmStates(c, { farms, staker, incentiveIds, blockNumber })
    for (const address of farms) {
      const read = (
        functionName:
          | 'rewardRate'
          | 'rewardPerTokenStored'
          | 'lastUpdateTime'
          | 'periodFinish'
          | 'totalSupply',
      ) => readContract(c, { address, abi: farmAbi, functionName, blockNumber })
      expect(states.farms.get(address.toLowerCase())).toEqual({
        ok: true,
        value: {
          rewardRate: await read('rewardRate'),
          rewardPerTokenStored: await read('rewardPerTokenStored'),
          lastUpdateTime: await read('lastUpdateTime'),
          periodFinish: await read('periodFinish'),
          totalSupply: await read('totalSupply'),
        },
      })
    }
    for (const id of incentiveIds) {
      const [totalRewardUnclaimed, totalSecondsClaimedX128, numberOfStakes] = await readContract(c, {
        address: staker,
        abi: stakerAbi,
        functionName: 'incentives',
        args: [id],
        blockNumber,
      })
      expect(states.incentives.get(id.toLowerCase())).toEqual({
        ok: true,
        value: { totalRewardUnclaimed, totalSecondsClaimedX128, numberOfStakes },
      })
    }
  })

  it('a pool whose reads revert is unavailable in its entry, the others still read', async () => {
    const deployments = inject('deployments')
    const c = client()
    const [broken, fine] = deployments.v3Pools
    if (!broken || !fine) throw new Error('fewer than two V3 pools')
    await devnetRpc(inject('rpcUrl'), 'anvil_setCode', [broken.address, REVERTING_CODE])
    const states = await readPoolStates(c, { v3Pools: [broken.address, fine.address] })
    expect(states.v3.get(broken.address.toLowerCase())).toEqual({ ok: false, error: 'slot0: call reverted' })
    expect(states.v3.get(fine.address.toLowerCase())?.ok).toBe(true)
  })
})

describe('pool state: the snapshot without its log scan', () => {
  it('every devnet pool and pair: no eth_getLogs, and the same state as the full snapshot at that block', async () => {
    const deployments = inject('deployments')
    const catalogue = catalogueFromDeployments(deployments)
    let swaps = 0
    for (const pool of [...deployments.v3Pools, ...deployments.v2Pairs]) {
      const methods: string[] = []
      const counted = createPublicClient({
        chain: devnetChain,
        cacheTime: 0,
        transport: http(inject('rpcUrl'), {
          onFetchRequest: async (request) => {
            const body = (await request.clone().json()) as { method: string } | { method: string }[]
            for (const call of Array.isArray(body) ? body : [body]) methods.push(call.method)
          },
        }),
      })
      const state = await readPoolState(counted, { pool: pool.address, catalogue })
      expect(methods).not.toContain('eth_getLogs')
      expect(methods.length).toBeLessThanOrEqual(4)
      const snapshot = await readPoolSnapshot(chainClient(), { pool: pool.address, catalogue })
      expect(snapshot.blockNumber).toBe(state.blockNumber)
      const {
        volumeUsd24h,
        volumeUsd7d,
        volumeWindowSeconds,
        realizedVolatility,
        swapCount,
        ...stateOfSnapshot
      } = snapshot
      expect(stateOfSnapshot).toEqual(state)
      swaps += swapCount
      if (pool.address === deployments.v3Pools[0]?.address) {
        const slot0 = await readContract(chainClient(), {
          address: pool.address,
          abi: v3PoolAbi,
          functionName: 'slot0',
          blockNumber: state.blockNumber,
        })
        expect(state.sqrtPriceX96).toBe(slot0[0])
      }
    }
    // The seeded history has swaps: the snapshots' scans found them, where the state reads read no log.
    expect(swaps).toBeGreaterThan(100)
  })
})

describe('simulator snapshot: a failed read is unavailable, never 0 or 18 decimals', () => {
  it("a token whose decimals() reverts makes the pool's snapshot unavailable", async () => {
    const deployments = inject('deployments')
    const pool =
      deployments.v3Pools.find(
        (entry) =>
          !deployments.v3Pools.some(
            (other) => other !== entry && (other.token0 === entry.token0 || other.token1 === entry.token0),
          ),
      ) ?? deployments.v3Pools[0]
    if (!pool) throw new Error('no V3 pool')
    await devnetRpc(inject('rpcUrl'), 'anvil_setCode', [pool.token0, REVERTING_CODE])
    // The token is not in the catalogue (an unlisted token): its decimals must come from the chain.
    const catalogue = catalogueFromDeployments({
      ...deployments,
      tokens: deployments.tokens.filter((token) => getAddress(token.address) !== getAddress(pool.token0)),
    })
    const read = readPoolSnapshot(chainClient(), { pool: pool.address, catalogue })
    await expect(read).rejects.toThrow(PoolSnapshotUnavailableError)
    await expect(read).rejects.toThrow(/decimals\(\) of token .* is unavailable \(call reverted\)/)
  })

  it("a farm whose reads revert makes the pair's snapshot unavailable, not a 0 reward rate", async () => {
    const deployments = inject('deployments')
    const farm = deployments.stakingRewards[0]
    if (!farm) throw new Error('no farm')
    const catalogue = catalogueFromDeployments(deployments)
    const before = await readPoolSnapshot(chainClient(), { pool: farm.stakingToken, catalogue })
    expect(before.reward?.ratePerSecond).toBeGreaterThan(0)
    await devnetRpc(inject('rpcUrl'), 'anvil_setCode', [farm.address, REVERTING_CODE])
    await expect(readPoolSnapshot(chainClient(), { pool: farm.stakingToken, catalogue })).rejects.toThrow(
      /farm state of pool .* is unavailable \(rewardRate: call reverted\)/,
    )
  })
})
