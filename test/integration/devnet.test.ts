import { readFileSync } from 'node:fs'
import {
  type Address,
  createPublicClient,
  erc20Abi,
  hexToString,
  http,
  type PublicClient,
  parseAbi,
  parseAbiItem,
  zeroAddress,
} from 'viem'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import {
  DEMO_ACCOUNT,
  DEPLOYMENTS_FILE,
  devnetChain,
  MULTICALL3_ADDRESS,
  startDevnet,
  testAddress,
} from '../../devnet/index.ts'
import { serializeDeployments } from '../../devnet/stateCache.ts'
import { HTML_SYMBOL, LONG_SYMBOL } from '../../devnet/tokenSpecs.ts'
import type { SeededV3Position } from '../../src/domain/catalogue/types.ts'

const DAY_SEC = 86_400
const MAX_UINT128 = 2n ** 128n - 1n
/** A spare port from the devnet's own range for the determinism check's fresh deploy. */
const FRESH_DEVNET_PORT = 8559

const v3PoolAbi = parseAbi([
  'function token0() view returns (address)',
  'function token1() view returns (address)',
  'function fee() view returns (uint24)',
  'function tickSpacing() view returns (int24)',
  'function liquidity() view returns (uint128)',
  'function slot0() view returns (uint160 sqrtPriceX96, int24 tick, uint16, uint16, uint16, uint8, bool)',
])
const v3FactoryAbi = parseAbi(['function getPool(address, address, uint24) view returns (address)'])
const v2FactoryAbi = parseAbi(['function getPair(address, address) view returns (address)'])
const v2PairAbi = parseAbi([
  'function token0() view returns (address)',
  'function token1() view returns (address)',
  'function getReserves() view returns (uint112, uint112, uint32)',
])
const npmAbi = parseAbi([
  'function ownerOf(uint256) view returns (address)',
  'function positions(uint256) view returns (uint96 nonce, address operator, address token0, address token1, uint24 fee, int24 tickLower, int24 tickUpper, uint128 liquidity, uint256, uint256, uint128 tokensOwed0, uint128 tokensOwed1)',
  'struct CollectParams { uint256 tokenId; address recipient; uint128 amount0Max; uint128 amount1Max; }',
  'function collect(CollectParams params) returns (uint256 amount0, uint256 amount1)',
])
const stakerAbi = parseAbi([
  'function deposits(uint256) view returns (address owner, uint48 numberOfStakes, int24 tickLower, int24 tickUpper)',
  'function incentives(bytes32) view returns (uint256 totalRewardUnclaimed, uint160 totalSecondsClaimedX128, uint96 numberOfStakes)',
  'struct IncentiveKey { address rewardToken; address pool; uint256 startTime; uint256 endTime; address refundee; }',
  'function getRewardInfo(IncentiveKey key, uint256 tokenId) returns (uint256 reward, uint160 secondsInsideX128)',
])
const stakingRewardsAbi = parseAbi([
  'function earned(address) view returns (uint256)',
  'function balanceOf(address) view returns (uint256)',
  'function periodFinish() view returns (uint256)',
  'function rewardRate() view returns (uint256)',
])
const bytes32MetadataAbi = parseAbi([
  'function symbol() view returns (bytes32)',
  'function name() view returns (bytes32)',
])
const v3SwapEvent = parseAbiItem(
  'event Swap(address indexed sender, address indexed recipient, int256 amount0, int256 amount1, uint160 sqrtPriceX96, uint128 liquidity, int24 tick)',
)
const v2SwapEvent = parseAbiItem(
  'event Swap(address indexed sender, uint256 amount0In, uint256 amount1In, uint256 amount0Out, uint256 amount1Out, address indexed to)',
)

const deployments = inject('deployments')
const { contracts, seed } = deployments
let client: PublicClient

beforeAll(() => {
  client = createPublicClient({ chain: devnetChain, transport: http(inject('rpcUrl')), cacheTime: 0 })
})

function demoPosition(label: SeededV3Position['label']): SeededV3Position {
  const position = seed.demoPositions.find((p) => p.label === label)
  if (!position) throw new Error(`no demo position labelled ${label}`)
  return position
}

async function poolTick(pool: Address): Promise<number> {
  return (await client.readContract({ address: pool, abi: v3PoolAbi, functionName: 'slot0' }))[1]
}

async function positionOnChain(tokenId: number) {
  const p = await client.readContract({
    address: contracts.nonfungiblePositionManager,
    abi: npmAbi,
    functionName: 'positions',
    args: [BigInt(tokenId)],
  })
  return { tickLower: p[5], tickUpper: p[6], liquidity: p[7], tokensOwed0: p[10], tokensOwed1: p[11] }
}

/** Fees a position could collect right now: NPM.collect as a static call from its owner. */
async function collectableFees(tokenId: number, owner: Address): Promise<readonly [bigint, bigint]> {
  const { result } = await client.simulateContract({
    account: owner,
    address: contracts.nonfungiblePositionManager,
    abi: npmAbi,
    functionName: 'collect',
    args: [{ tokenId: BigInt(tokenId), recipient: owner, amount0Max: MAX_UINT128, amount1Max: MAX_UINT128 }],
  })
  return result
}

describe('devnet contracts', () => {
  it('serves Multicall3 at the canonical address and viem multicall works against it', async () => {
    expect(contracts.multicall3).toBe(MULTICALL3_ADDRESS)
    const usdc = deployments.tokens.find((t) => t.symbol === 'USDC')
    const weth = deployments.tokens.find((t) => t.symbol === 'WETH')
    if (!usdc || !weth) throw new Error('USDC/WETH missing')
    const [usdcDecimals, wethSymbol, demoUsdc] = await client.multicall({
      allowFailure: false,
      contracts: [
        { address: usdc.address, abi: erc20Abi, functionName: 'decimals' },
        { address: weth.address, abi: erc20Abi, functionName: 'symbol' },
        { address: usdc.address, abi: erc20Abi, functionName: 'balanceOf', args: [DEMO_ACCOUNT] },
      ],
    })
    expect(usdcDecimals).toBe(6)
    expect(wethSymbol).toBe('WETH')
    expect(demoUsdc).toBeGreaterThan(0n)
  })

  it('deploys every token with the listed metadata', async () => {
    for (const token of deployments.tokens) {
      if (token.tags?.includes('bytes32-metadata') || token.tags?.includes('no-name')) continue
      const [symbol, name, decimals] = await client.multicall({
        allowFailure: false,
        contracts: [
          { address: token.address, abi: erc20Abi, functionName: 'symbol' },
          { address: token.address, abi: erc20Abi, functionName: 'name' },
          { address: token.address, abi: erc20Abi, functionName: 'decimals' },
        ],
      })
      expect({ symbol, name, decimals }).toEqual({
        symbol: token.symbol,
        name: token.name,
        decimals: token.decimals,
      })
    }
    const symbols = deployments.tokens.map((t) => t.symbol)
    expect(symbols).toEqual(expect.arrayContaining(['USDC', 'WBTC', 'DAI', 'FARM', HTML_SYMBOL, LONG_SYMBOL]))
    expect(deployments.tokens.map((t) => t.decimals)).toEqual(expect.arrayContaining([0, 6, 8, 18, 24]))
  })

  it('has a bytes32-metadata token and a token without name()', async () => {
    const mkr = deployments.tokens.find((t) => t.tags?.includes('bytes32-metadata'))
    const noName = deployments.tokens.find((t) => t.tags?.includes('no-name'))
    if (!mkr || !noName) throw new Error('odd tokens missing')
    const symbolBytes = await client.readContract({
      address: mkr.address,
      abi: bytes32MetadataAbi,
      functionName: 'symbol',
    })
    expect(hexToString(symbolBytes, { size: 32 })).toBe('MKR')
    await expect(
      client.readContract({ address: mkr.address, abi: erc20Abi, functionName: 'symbol' }),
    ).rejects.toThrow()
    await expect(
      client.readContract({ address: noName.address, abi: erc20Abi, functionName: 'name' }),
    ).rejects.toThrow()
    expect(
      await client.readContract({ address: noName.address, abi: erc20Abi, functionName: 'symbol' }),
    ).toBe('NONAME')
  })

  it('registers every V3 pool in the factory with sorted tokens, its fee and liquidity', async () => {
    expect(deployments.v3Pools.length).toBeGreaterThanOrEqual(5)
    for (const pool of deployments.v3Pools) {
      expect(BigInt(pool.token0)).toBeLessThan(BigInt(pool.token1))
      const [registered, token0, token1, fee, tickSpacing, liquidity] = await client.multicall({
        allowFailure: false,
        contracts: [
          {
            address: contracts.v3Factory,
            abi: v3FactoryAbi,
            functionName: 'getPool',
            args: [pool.token0, pool.token1, pool.fee],
          },
          { address: pool.address, abi: v3PoolAbi, functionName: 'token0' },
          { address: pool.address, abi: v3PoolAbi, functionName: 'token1' },
          { address: pool.address, abi: v3PoolAbi, functionName: 'fee' },
          { address: pool.address, abi: v3PoolAbi, functionName: 'tickSpacing' },
          { address: pool.address, abi: v3PoolAbi, functionName: 'liquidity' },
        ],
      })
      expect({ registered, token0, token1, fee, tickSpacing }).toEqual({
        registered: pool.address,
        token0: pool.token0,
        token1: pool.token1,
        fee: pool.fee,
        tickSpacing: pool.tickSpacing,
      })
      expect(liquidity).toBeGreaterThan(0n)
    }
    const fees = (a: string, b: string) =>
      deployments.v3Pools
        .filter(
          (p) =>
            new Set([p.token0, p.token1]).has(addressOf(a)) &&
            new Set([p.token0, p.token1]).has(addressOf(b)),
        )
        .map((p) => p.fee)
        .sort((x, y) => x - y)
    expect(fees('WETH', 'USDC')).toEqual([500, 3000])
    expect(fees('DAI', 'USDC')).toEqual([100])
    expect(deployments.v3Pools.find((p) => p.fee === 100)?.tickSpacing).toBe(1)
  })

  it('routes every listed token to USDC through V3 pools', () => {
    const usd = deployments.usdToken
    const priced = new Set<Address>([usd])
    for (let changed = true; changed; ) {
      changed = false
      for (const pool of deployments.v3Pools) {
        for (const [from, to] of [
          [pool.token0, pool.token1],
          [pool.token1, pool.token0],
        ] as const) {
          if (priced.has(to) && !priced.has(from)) {
            priced.add(from)
            changed = true
          }
        }
      }
    }
    expect(deployments.tokens.filter((t) => !priced.has(t.address)).map((t) => t.symbol)).toEqual([])
  })

  it('registers every V2 pair with sorted tokens and reserves', async () => {
    expect(deployments.v2Pairs.length).toBeGreaterThanOrEqual(4)
    for (const pair of deployments.v2Pairs) {
      const [registered, token0, token1, reserves] = await client.multicall({
        allowFailure: false,
        contracts: [
          {
            address: contracts.v2Factory,
            abi: v2FactoryAbi,
            functionName: 'getPair',
            args: [pair.token0, pair.token1],
          },
          { address: pair.address, abi: v2PairAbi, functionName: 'token0' },
          { address: pair.address, abi: v2PairAbi, functionName: 'token1' },
          { address: pair.address, abi: v2PairAbi, functionName: 'getReserves' },
        ],
      })
      expect({ registered, token0, token1 }).toEqual({
        registered: pair.address,
        token0: pair.token0,
        token1: pair.token1,
      })
      expect(reserves[0]).toBeGreaterThan(0n)
      expect(reserves[1]).toBeGreaterThan(0n)
    }
  })
})

function addressOf(symbol: string): Address {
  const token = deployments.tokens.find((t) => t.symbol === symbol)
  if (!token) throw new Error(`no token ${symbol}`)
  return token.address
}

describe('devnet seeded history', () => {
  it('has >= 300 swaps spread over >= 25 days within the history window', async () => {
    const range = { fromBlock: BigInt(deployments.startBlock), toBlock: BigInt(seed.historyEndBlock) }
    const [v3Swaps, v2Swaps] = await Promise.all([
      client.getLogs({ address: deployments.v3Pools.map((p) => p.address), event: v3SwapEvent, ...range }),
      client.getLogs({ address: deployments.v2Pairs.map((p) => p.address), event: v2SwapEvent, ...range }),
    ])
    expect(v3Swaps.length + v2Swaps.length).toBe(seed.swapCount)
    expect(seed.swapCount).toBeGreaterThanOrEqual(300)
    expect(v3Swaps.length).toBeGreaterThan(100)
    expect(v2Swaps.length).toBeGreaterThan(50)
    const blocks = [...v3Swaps, ...v2Swaps].map((log) => log.blockNumber).sort((a, b) => (a < b ? -1 : 1))
    const [first, last] = await Promise.all([
      client.getBlock({ blockNumber: blocks[0] as bigint }),
      client.getBlock({ blockNumber: blocks[blocks.length - 1] as bigint }),
    ])
    expect(Number(last.timestamp - first.timestamp)).toBeGreaterThanOrEqual(25 * DAY_SEC)
    expect(Number(first.timestamp)).toBeGreaterThanOrEqual(seed.historyStartTimestamp)
    expect(Number(last.timestamp)).toBeLessThanOrEqual(seed.historyEndTimestamp)
    // Traders are the senders' recipients: several distinct accounts traded.
    const recipients = new Set(v3Swaps.map((log) => log.args.recipient))
    expect([...recipients].sort()).toEqual([...seed.traders].sort())
  })

  it('records history blocks whose timestamps match the fixed timeline', async () => {
    const [start, end] = await Promise.all([
      client.getBlock({ blockNumber: BigInt(seed.historyStartBlock) }),
      client.getBlock({ blockNumber: BigInt(seed.historyEndBlock) }),
    ])
    expect(Number(start.timestamp)).toBe(seed.historyStartTimestamp)
    expect(Number(end.timestamp)).toBe(seed.historyEndTimestamp)
    expect(seed.historyEndTimestamp - seed.historyStartTimestamp).toBe(30 * DAY_SEC)
  })

  it('continues the clock from the end of the history, not from wall-clock time', async () => {
    const latest = await client.getBlock()
    expect(latest.number).toBe(BigInt(seed.historyEndBlock))
    await client.request({ method: 'evm_mine' as never })
    const mined = await client.getBlock()
    // >= rather than >: evm_revert (snapshot.setup.ts) resets anvil's clock to the reverted block's time.
    expect(mined.number).toBe(BigInt(seed.historyEndBlock + 1))
    expect(Number(mined.timestamp)).toBeGreaterThanOrEqual(seed.historyEndTimestamp)
    expect(Number(mined.timestamp)).toBeLessThan(seed.historyEndTimestamp + DAY_SEC)
  })
})

describe('devnet demo book', () => {
  it.each(['in-range', 'uncollected-fees', 'staked', 'odd-metadata'] as const)(
    'has the %s position in range with liquidity',
    async (label) => {
      const position = demoPosition(label)
      const onChain = await positionOnChain(position.tokenId)
      const tick = await poolTick(position.pool)
      expect(onChain.liquidity).toBe(BigInt(position.liquidityAtMint))
      expect(onChain.liquidity).toBeGreaterThan(0n)
      expect(tick).toBeGreaterThanOrEqual(position.tickLower)
      expect(tick).toBeLessThan(position.tickUpper)
    },
  )

  it('has an out-of-range position', async () => {
    const position = demoPosition('out-of-range')
    const tick = await poolTick(position.pool)
    expect((await positionOnChain(position.tokenId)).liquidity).toBeGreaterThan(0n)
    expect(tick < position.tickLower || tick >= position.tickUpper).toBe(true)
  })

  it('has a full-range position', async () => {
    const position = demoPosition('full-range')
    const pool = deployments.v3Pools.find((p) => p.address === position.pool)
    expect(pool?.tickSpacing).toBe(60)
    expect([position.tickLower, position.tickUpper]).toEqual([-887_220, 887_220])
  })

  it('has a closed position: zero liquidity, nothing owed, nothing to collect', async () => {
    const position = demoPosition('closed')
    const onChain = await positionOnChain(position.tokenId)
    expect(onChain).toMatchObject({ liquidity: 0n, tokensOwed0: 0n, tokensOwed1: 0n })
    expect(await collectableFees(position.tokenId, DEMO_ACCOUNT)).toEqual([0n, 0n])
    expect(position.closedBlock).toBeGreaterThan(position.openedBlock)
  })

  it('has uncollected fees on the uncollected-fees position', async () => {
    const position = demoPosition('uncollected-fees')
    const [fees0, fees1] = await collectableFees(position.tokenId, DEMO_ACCOUNT)
    expect(fees0).toBeGreaterThan(0n)
    expect(fees1).toBeGreaterThan(0n)
  })

  it('has the staked position deposited in the V3 staker and earning the incentive', async () => {
    const position = demoPosition('staked')
    const incentive = deployments.v3Incentives[0]
    if (!incentive) throw new Error('no incentive')
    expect(position.incentiveId).toBe(incentive.incentiveId)
    const owner = await client.readContract({
      address: contracts.nonfungiblePositionManager,
      abi: npmAbi,
      functionName: 'ownerOf',
      args: [BigInt(position.tokenId)],
    })
    expect(owner).toBe(contracts.v3Staker)
    const deposit = await client.readContract({
      address: contracts.v3Staker,
      abi: stakerAbi,
      functionName: 'deposits',
      args: [BigInt(position.tokenId)],
    })
    expect(deposit[0]).toBe(DEMO_ACCOUNT)
    expect(deposit[1]).toBe(1)
    const { result } = await client.simulateContract({
      address: contracts.v3Staker,
      abi: stakerAbi,
      functionName: 'getRewardInfo',
      args: [
        {
          rewardToken: incentive.rewardToken,
          pool: incentive.pool,
          startTime: BigInt(incentive.startTime),
          endTime: BigInt(incentive.endTime),
          refundee: incentive.refundee,
        },
        BigInt(position.tokenId),
      ],
    })
    expect(result[0]).toBeGreaterThan(0n)
    expect(incentive.endTime - seed.historyEndTimestamp).toBeGreaterThanOrEqual(25 * DAY_SEC)
  })

  it('holds V2 LP and earns FARM in the still-running StakingRewards farm', async () => {
    const farm = deployments.stakingRewards[0]
    if (!farm) throw new Error('no farm')
    const holding = seed.demoV2Holdings.find((h) => h.stakedIn === farm.address)
    expect(holding?.pair).toBe(farm.stakingToken)
    const [lpHeld, staked, earned, periodFinish] = await client.multicall({
      allowFailure: false,
      contracts: [
        { address: farm.stakingToken, abi: erc20Abi, functionName: 'balanceOf', args: [DEMO_ACCOUNT] },
        { address: farm.address, abi: stakingRewardsAbi, functionName: 'balanceOf', args: [DEMO_ACCOUNT] },
        { address: farm.address, abi: stakingRewardsAbi, functionName: 'earned', args: [DEMO_ACCOUNT] },
        { address: farm.address, abi: stakingRewardsAbi, functionName: 'periodFinish' },
      ],
    })
    expect(lpHeld).toBeGreaterThan(0n)
    expect(staked).toBeGreaterThan(0n)
    expect(earned).toBeGreaterThan(0n)
    const latest = await client.getBlock()
    expect(periodFinish - latest.timestamp).toBeGreaterThanOrEqual(BigInt(25 * DAY_SEC))
  })

  it('records an untouched backtest position opened by account 1 at the start of the history', async () => {
    const backtest = seed.backtestPosition
    expect(backtest.owner).toBe(testAddress(1))
    expect(backtest.openedTimestamp - seed.historyStartTimestamp).toBeLessThan(3_600)
    const owner = await client.readContract({
      address: contracts.nonfungiblePositionManager,
      abi: npmAbi,
      functionName: 'ownerOf',
      args: [BigInt(backtest.tokenId)],
    })
    expect(owner).toBe(backtest.owner)
    const onChain = await positionOnChain(backtest.tokenId)
    expect(onChain).toMatchObject({
      tickLower: backtest.tickLower,
      tickUpper: backtest.tickUpper,
      liquidity: BigInt(backtest.liquidityAtMint),
      tokensOwed0: 0n,
      tokensOwed1: 0n,
    })
    expect(backtest.pool).not.toBe(zeroAddress)
  })
})

describe('devnet determinism', () => {
  it('writes the committed deployments file and reproduces it (and the chain) from a fresh deploy', async () => {
    expect(readFileSync(DEPLOYMENTS_FILE, 'utf8')).toBe(serializeDeployments(deployments))
    const fresh = await startDevnet({
      port: FRESH_DEVNET_PORT,
      fresh: true,
      quiet: true,
      writeDeploymentsFile: false,
    })
    try {
      // Ready time is a speed target: `npm run bench -- devnet` measures it (devnet.readyMs), never a test.
      expect(serializeDeployments(fresh.deployments)).toBe(serializeDeployments(deployments))
      // The block hash commits to the state root: equal hashes mean an identical chain.
      const freshClient = createPublicClient({
        chain: devnetChain,
        transport: http(fresh.rpcUrl),
        cacheTime: 0,
      })
      const blockNumber = BigInt(seed.historyEndBlock)
      const [freshEnd, end] = await Promise.all([
        freshClient.getBlock({ blockNumber }),
        client.getBlock({ blockNumber }),
      ])
      expect(freshEnd.hash).toBe(end.hash)
    } finally {
      await fresh.stop()
    }
  }, 60_000)
})
