import {
  createPublicClient,
  custom,
  type Hex,
  http,
  type PublicClient,
  parseAbi,
  parseAbiItem,
  parseEventLogs,
  toEventSelector,
} from 'viem'
import { describe, expect, inject, it } from 'vitest'
import { devnetChain } from '../../devnet/chain.ts'
import { catalogueFromDeployments } from '../../src/chain/catalogue/devnetCatalogue.ts'
import { poolsListConfigOf } from '../../src/chain/catalogue/poolsListConfig.ts'
import { createMemoryLogStore } from '../../src/chain/history/logStore.ts'
import { readPoolsList } from '../../src/chain/pools/readPoolsList.ts'
import type { V4DeploymentInfo } from '../../src/domain/catalogue/types.ts'
import type { PoolsListConfig } from '../../src/domain/pools/poolsListTypes.ts'

// The events and views as v4-core / v4-periphery declare them (independent of the app's ABIs and decoders).
const SWAP = parseAbiItem(
  'event Swap(bytes32 indexed id, address indexed sender, int128 amount0, int128 amount1, uint160 sqrtPriceX96, uint128 liquidity, int24 tick, uint24 fee)',
)
const MODIFY_LIQUIDITY = parseAbiItem(
  'event ModifyLiquidity(bytes32 indexed id, address indexed sender, int24 tickLower, int24 tickUpper, int256 liquidityDelta, bytes32 salt)',
)
const STATE_VIEW = parseAbi([
  'function getSlot0(bytes32 poolId) view returns (uint160 sqrtPriceX96, int24 tick, uint24 protocolFee, uint24 lpFee)',
  'function getLiquidity(bytes32 poolId) view returns (uint128 liquidity)',
])
const DAY = 86_400

function setup() {
  const deployments = inject('deployments')
  const v4 = deployments.v4 as V4DeploymentInfo | undefined
  if (!v4) throw new Error('the devnet deployments have no v4 section')
  const config = poolsListConfigOf(catalogueFromDeployments(deployments)) as PoolsListConfig
  const client = createPublicClient({ chain: devnetChain, transport: http(inject('rpcUrl')), cacheTime: 0 })
  return { v4, config, client: client as PublicClient }
}

type Sums = { count: number; in0: bigint; in1: bigint; fee0: bigint; fee1: bigint }
const zero = (): Sums => ({ count: 0, in0: 0n, in1: 0n, fee0: 0n, fee1: 0n })

describe('V4 pools in the pools list (devnet, raw PoolManager logs and StateView as oracle)', () => {
  it('lists every V4 pool: price = StateView.getSlot0, 24 h / 7 d volume and fees = sums of its raw Swap logs, ticks = its ModifyLiquidity logs', async () => {
    const { v4, config, client } = setup()
    expect(config.v4?.pools.length).toBe(v4.pools.length)
    const list = await readPoolsList(client, { config, store: createMemoryLogStore(), sevenDays: true })
    expect(list.swapWindows.timedLogs).toBe(true)
    const toBlock = list.blockNumber

    // Oracle: every PoolManager Swap / ModifyLiquidity log up to the list's block, decoded here.
    const rawSwaps = parseEventLogs({
      abi: [SWAP],
      logs: await client.getLogs({ address: v4.poolManager, fromBlock: BigInt(v4.startBlock), toBlock }),
    }).filter((log) => log.eventName === 'Swap')
    const rawModify = parseEventLogs({
      abi: [MODIFY_LIQUIDITY],
      logs: await client.getLogs({ address: v4.poolManager, fromBlock: BigInt(v4.startBlock), toBlock }),
    })
    expect(rawSwaps.length).toBeGreaterThanOrEqual(v4.swapCount)
    const blockTimes = new Map<bigint, number>()
    for (const number of new Set(rawSwaps.map((log) => log.blockNumber)))
      blockTimes.set(number, Number((await client.getBlock({ blockNumber: number })).timestamp))

    let poolsWithDaySwaps = 0
    let dynamicOrHooked = 0
    for (const pool of v4.pools) {
      const row = list.rows.find((candidate) => candidate.address.toLowerCase() === pool.poolId.toLowerCase())
      expect(row, `row of ${pool.poolId}`).toBeDefined()
      if (!row) continue
      expect(row.kind).toBe('v4')
      expect(row.available).toBe(true)

      // Price: StateView.getSlot0 at the list's block.
      const [sqrtPriceX96, tick, , lpFee] = await client.readContract({
        address: v4.stateView,
        abi: STATE_VIEW,
        functionName: 'getSlot0',
        args: [pool.poolId as Hex],
        blockNumber: toBlock,
      })
      expect(row.sqrtPriceX96).toBe(sqrtPriceX96)
      expect(row.tick).toBe(tick)
      const ratio = Number(sqrtPriceX96) / 2 ** 96
      const expectedPrice = ratio * ratio * 10 ** (row.token0.decimals - row.token1.decimals)
      expect(row.price).toBeCloseTo(expectedPrice, 6)
      expect(row.activeLiquidity).toBe(
        await client.readContract({
          address: v4.stateView,
          abi: STATE_VIEW,
          functionName: 'getLiquidity',
          args: [pool.poolId as Hex],
          blockNumber: toBlock,
        }),
      )
      expect(row.feePips).toBe(pool.fee === 0x800000 ? lpFee : pool.fee)

      // Volume and fees: each swap's input (negative delta = paid in) and input × the event's fee / 1e6.
      const day = zero()
      const week = zero()
      for (const log of rawSwaps) {
        if (log.args.id.toLowerCase() !== pool.poolId.toLowerCase()) continue
        const time = blockTimes.get(log.blockNumber) as number
        const in0 = log.args.amount0 < 0n ? -log.args.amount0 : 0n
        const in1 = log.args.amount1 < 0n ? -log.args.amount1 : 0n
        for (const [sums, since] of [
          [day, list.timestamp - DAY],
          [week, list.timestamp - 7 * DAY],
        ] as const) {
          if (time <= since) continue
          sums.count += 1
          sums.in0 += in0
          sums.in1 += in1
          sums.fee0 += (in0 * BigInt(log.args.fee)) / 1_000_000n
          sums.fee1 += (in1 * BigInt(log.args.fee)) / 1_000_000n
        }
      }
      if (day.count > 0) poolsWithDaySwaps += 1
      expect(row.volumeIn24hWei).toEqual([day.in0, day.in1])
      expect(row.volumeIn7dWei).toEqual([week.in0, week.in1])
      expect(row.v4?.fees24hWei).toEqual([day.fee0, day.fee1])
      expect(row.v4?.fees7dWei).toEqual([week.fee0, week.fee1])
      expect(row.swapCount7d).toBe(week.count)
      expect(row.volumeUsd24h).not.toBeNull()
      expect(row.feesUsd24h).not.toBeNull()

      // Initialized ticks: liquidityNet = Σ deltas opening at the tick − Σ deltas closing there (raw logs).
      const net = new Map<number, bigint>()
      for (const log of rawModify) {
        if (log.args.id.toLowerCase() !== pool.poolId.toLowerCase()) continue
        net.set(log.args.tickLower, (net.get(log.args.tickLower) ?? 0n) + log.args.liquidityDelta)
        net.set(log.args.tickUpper, (net.get(log.args.tickUpper) ?? 0n) - log.args.liquidityDelta)
      }
      // A tick whose net is 0 may still be initialized (gross > 0): compare the non-zero ones.
      const fromLogs = [...net].filter(([, value]) => value !== 0n).sort((a, b) => a[0] - b[0])
      const fromRow = (row.v4?.ticks ?? [])
        .filter((t) => t.liquidityNet !== 0n)
        .map((t) => [t.tick, t.liquidityNet] as const)
      expect(fromRow).toEqual(fromLogs)
      expect(row.tvlWei).not.toBeNull()
      expect(row.tvlUsd).toBeGreaterThan(0)

      // Hook flags from the address's low 14 bits (checked bit by bit here).
      const bits = BigInt(pool.hooks) & 0x3fffn
      if (bits === 0n) expect(row.v4?.hook).toBeNull()
      else {
        dynamicOrHooked += 1
        expect(row.v4?.hook?.permissions.beforeSwap).toBe((bits & (1n << 7n)) !== 0n)
        expect(row.v4?.hook?.permissions.afterSwap).toBe((bits & (1n << 6n)) !== 0n)
        expect(row.v4?.hook?.enabled.length).toBe(bits.toString(2).replaceAll('0', '').length)
      }
    }
    expect(poolsWithDaySwaps).toBeGreaterThan(0)
    expect(dynamicOrHooked).toBeGreaterThan(0)

    // TVL amounts are real token amounts: per currency, the PoolManager's balance = the pools' liquidity
    // amounts + the fees not yet collected + rounding dust. So 0 ≤ balance − Σ TVL ≤ every LP fee ever
    // charged in that currency (from the raw Swap logs: collected fees have left) + 1 wei of rounding per
    // liquidity change and per swap (each rounds in the pool's favour).
    const lifetimeFees = new Map<string, bigint>()
    for (const log of rawSwaps) {
      const pool = v4.pools.find((candidate) => candidate.poolId.toLowerCase() === log.args.id.toLowerCase())
      if (!pool) continue
      for (const [currency, amount] of [
        [pool.currency0, log.args.amount0],
        [pool.currency1, log.args.amount1],
      ] as const) {
        if (amount >= 0n) continue
        const fee = (-amount * BigInt(log.args.fee) + 999_999n) / 1_000_000n
        lifetimeFees.set(currency.toLowerCase(), (lifetimeFees.get(currency.toLowerCase()) ?? 0n) + fee)
      }
    }
    const roundingWei = BigInt(rawModify.length + rawSwaps.length)
    const held = new Map<string, bigint>()
    for (const row of list.rows.filter((candidate) => candidate.kind === 'v4')) {
      for (const [index, token] of [row.token0, row.token1].entries()) {
        const key = token.address.toLowerCase()
        held.set(key, (held.get(key) ?? 0n) + (row.tvlWei?.[index] ?? 0n))
      }
    }
    for (const [currency, amount] of held) {
      const balance =
        BigInt(currency) === 0n
          ? await client.getBalance({ address: v4.poolManager, blockNumber: toBlock })
          : await client.readContract({
              address: currency as Hex,
              abi: parseAbi(['function balanceOf(address) view returns (uint256)']),
              functionName: 'balanceOf',
              args: [v4.poolManager],
              blockNumber: toBlock,
            })
      expect(amount).toBeGreaterThan(0n)
      expect(amount).toBeLessThanOrEqual(balance)
      expect(balance - amount).toBeLessThanOrEqual((lifetimeFees.get(currency) ?? 0n) + roundingWei)
    }
  }, 120_000)

  it('when the tick reads fail, V4 TVL and fee APR say unavailable while price, volume and fees stay', async () => {
    const { config } = setup()
    const upstream = createPublicClient({ transport: http(inject('rpcUrl')) })
    const modifyTopic = toEventSelector(MODIFY_LIQUIDITY)
    // A node that refuses the ModifyLiquidity log filter (the V4 tick candidates) and answers the rest.
    const client = createPublicClient({
      chain: devnetChain,
      cacheTime: 0,
      transport: custom({
        request: async ({ method, params }) => {
          const filter = (params as { topics?: (string | string[])[] }[] | undefined)?.[0]
          if (method === 'eth_getLogs' && filter?.topics?.[0] === modifyTopic)
            throw new Error('node refused the filter')
          return upstream.request({ method, params } as never)
        },
      }),
    })
    const list = await readPoolsList(client as PublicClient, { config, store: createMemoryLogStore() })
    const rows = list.rows.filter((row) => row.kind === 'v4')
    expect(rows.length).toBe(config.v4?.pools.length)
    for (const row of rows) {
      expect(row.available).toBe(true)
      expect(row.price).not.toBeNull()
      expect(row.volumeIn24hWei).not.toBeNull()
      expect([row.tvlWei, row.tvlUsd, row.feeApr]).toEqual([null, null, null])
      expect(row.v4?.ticks).toEqual([])
    }
    const { formatPoolFigures } = await import('../../src/ui/format/formatPoolFigures.ts')
    const shown = formatPoolFigures(rows[0] as (typeof rows)[number])
    expect([shown.tvl, shown['fee-apr']]).toEqual(['unavailable', 'unavailable'])
  }, 60_000)
})
