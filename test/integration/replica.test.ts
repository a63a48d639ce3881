import { createRequire } from 'node:module'
import {
  type Address,
  createPublicClient,
  encodeAbiParameters,
  encodeFunctionData,
  erc20Abi,
  getAddress,
  getCreate2Address,
  type Hex,
  http,
  keccak256,
  type PublicClient,
  parseAbi,
  parseAbiItem,
  toHex,
} from 'viem'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_ACCOUNT } from '../../devnet/accounts.ts'
import { type Replica, type ReplicaChain, startReplica } from '../../devnet/replica/index.ts'
import { publicCatalogueCores, publicTokensByChainId } from '../../src/chain/catalogue/publicCatalogues.ts'
import { publicUniswapContracts } from '../../src/chain/catalogue/uniswapContracts.ts'
import { computeV3PoolAddress } from '../../src/domain/pools/computeV3PoolAddress.ts'

/** Catalogue contracts the replicas do not place (Uniswap V4's position manager and router). */
const NOT_ON_REPLICAS: ReadonlySet<string> = new Set(['v4PositionManager', 'universalRouter'])

/*
 * Replicas of Ethereum, Arbitrum and Base, each started in this file on this helper's ports (the
 * integration layer's global devnet is not used). Everything is checked against the contracts on the
 * replica and against facts of the real chains, never against the seed code's own numbers.
 */

const require = createRequire(import.meta.url)
const DAY_SEC = 86_400
const MAX_UINT128 = 2n ** 128n - 1n

/** One port per chain (this helper's block 9110-9115). */
const PORTS: Record<ReplicaChain, number> = { ethereum: 9110, arbitrum: 9111, base: 9112 }
const DETERMINISM_PORT = 9114

/** The real chains' facts the replicas must reproduce. */
const REAL: Record<ReplicaChain, { chainId: number; headFloor: bigint; decimals: Record<string, number> }> = {
  ethereum: {
    chainId: 1,
    headFloor: 21_000_000n,
    decimals: { WETH: 18, USDC: 6, DAI: 18, WBTC: 8, USDT: 6 },
  },
  arbitrum: { chainId: 42161, headFloor: 250_000_000n, decimals: { WETH: 18, USDC: 6, DAI: 18, WBTC: 8 } },
  base: { chainId: 8453, headFloor: 20_000_000n, decimals: { WETH: 18, USDC: 6, DAI: 18, cbBTC: 8 } },
}

/** V2 pair init-code hash, computed from the npm build of UniswapV2Pair (independent of the replica code). */
const V2_PAIR_INIT_CODE_HASH = keccak256(
  `0x${(require('@uniswap/v2-core/build/UniswapV2Pair.json') as { bytecode: string }).bytecode.replace(/^0x/, '')}`,
)

/** Real Ethereum UNI and the four 2020 liquidity-mining farms with the real V2 pairs they stake. */
const UNI_MAINNET: Address = '0x1f9840a85d5aF5bf1D1762F925BDADdC4201F984'
const REAL_FARMS: readonly { farm: Address; other: string; pair: Address }[] = [
  {
    farm: '0x6C3e4cb2E96B01F4b866965A91ed4437839A121a',
    other: 'USDT',
    pair: '0x0d4a11d5EEaaC28EC3F61d100daF4d40471f1852',
  },
  {
    farm: '0x7FBa4B8Dc5E7616e59622806932DBea72537A56b',
    other: 'USDC',
    pair: '0xB4e16d0168e52d35CaCD2c6185b44281Ec28C9Dc',
  },
  {
    farm: '0xa1484C3aa22a66C62b77E0AE78E15258bd0cB711',
    other: 'DAI',
    pair: '0xA478c2975Ab1Ea89e8196811F51A7B7Ade33eB11',
  },
  {
    farm: '0xCA35e32e7926b96A9988f61d510E038108d8068e',
    other: 'WBTC',
    pair: '0xBb2b8038a1640196FbE3e38816F3e67Cba72D940',
  },
]

const ABI = parseAbi([
  'function getPool(address, address, uint24) view returns (address)',
  'function getPair(address, address) view returns (address)',
  'function owner() view returns (address)',
  'function feeAmountTickSpacing(uint24) view returns (int24)',
  'function factory() view returns (address)',
  'function WETH9() view returns (address)',
  'function rewardRate() view returns (uint256)',
  'function periodFinish() view returns (uint256)',
  'function stakingToken() view returns (address)',
  'function rewardsToken() view returns (address)',
  'function balanceOf(address) view returns (uint256)',
  'function ownerOf(uint256) view returns (address)',
  'function tokenOfOwnerByIndex(address, uint256) view returns (uint256)',
  'function positions(uint256) view returns (uint96, address, address, address, uint24, int24, int24, uint128, uint256, uint256, uint128, uint128)',
  'function slot0() view returns (uint160, int24, uint16, uint16, uint16, uint8, bool)',
  'function deposits(uint256) view returns (address owner, uint48 numberOfStakes, int24 tickLower, int24 tickUpper)',
  'function incentives(bytes32) view returns (uint256 totalRewardUnclaimed, uint160 totalSecondsClaimedX128, uint96 numberOfStakes)',
  'function collect((uint256 tokenId, address recipient, uint128 amount0Max, uint128 amount1Max)) returns (uint256, uint256)',
  'function approve(address, uint256)',
  'function allowance(address, address) view returns (uint256)',
])
const INCENTIVE_CREATED = parseAbiItem(
  'event IncentiveCreated(address indexed rewardToken, address indexed pool, uint256 startTime, uint256 endTime, address refundee, uint256 reward)',
)
const V3_SWAP_TOPIC = keccak256(
  new TextEncoder().encode('Swap(address,address,int256,int256,uint160,uint128,int24)'),
)
const V2_SWAP_TOPIC = keccak256(
  new TextEncoder().encode('Swap(address,uint256,uint256,uint256,uint256,address)'),
)
const SPENDER: Address = '0x000000000000000000000000000000000000bEEF'

async function rpc<T>(url: string, method: string, params: unknown[] = []): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }),
  })
  const body = (await response.json()) as { result?: T; error?: { message: string } }
  if (body.error) throw new Error(body.error.message)
  return body.result as T
}

/** Sends from an unlocked account and mines it at once (interval mining would take a block time). */
async function send(url: string, from: Address, to: Address, data: Hex): Promise<string> {
  const hash = await rpc<Hex>(url, 'eth_sendTransaction', [{ from, to, data, gas: '0x100000' }])
  await rpc(url, 'evm_mine')
  const receipt = await rpc<{ status: string }>(url, 'eth_getTransactionReceipt', [hash])
  return receipt.status
}

/** Storage key of mapping(address => uint) at `slot`, and of mapping(address => mapping(address => uint)). */
const mappingKey = (owner: Address, slot: bigint) =>
  keccak256(encodeAbiParameters([{ type: 'address' }, { type: 'uint256' }], [owner, slot]))
const nestedMappingKey = (owner: Address, spender: Address, slot: bigint) =>
  keccak256(
    encodeAbiParameters([{ type: 'address' }, { type: 'bytes32' }], [spender, mappingKey(owner, slot)]),
  )

const CHAINS: readonly ReplicaChain[] = ['ethereum', 'arbitrum', 'base']

// Chain-specific checks are registered only for the chains they concern (never skipped).
describe.each(CHAINS)('%s replica', (chain) => {
  const real = REAL[chain]
  const contracts = publicUniswapContracts[real.chainId as keyof typeof publicUniswapContracts]
  const catalogueTokens = publicTokensByChainId[real.chainId] ?? {}
  let replica: Replica
  let client: PublicClient
  let startedAtSec: number
  const read = <T>(address: Address, functionName: string, args: readonly unknown[] = []) =>
    client.readContract({
      address,
      abi: ABI,
      functionName: functionName as never,
      args: args as never,
    }) as Promise<T>
  const token = (symbol: string): Address => {
    const address =
      catalogueTokens[symbol] ?? replica.deployments.tokens.find((t) => t.symbol === symbol)?.address
    if (!address) throw new Error(`${chain}: no ${symbol}`)
    return address
  }

  beforeAll(async () => {
    // From the cache when this hour's state exists, else seeded (cold) and cached. The cold path is
    // checked against the cache by Base's second, fresh seed below.
    replica = await startReplica({ chain, port: PORTS[chain], quiet: true })
    startedAtSec = Math.floor(Date.now() / 1000)
    client = createPublicClient({ transport: http(replica.rpcUrl) })
  }, 400_000)

  afterAll(async () => {
    await replica?.stop()
  })

  it('has the real chain id, a real-order head, Cancun+ opcodes and a fresh head', async () => {
    expect(await client.getChainId()).toBe(real.chainId)
    const head = await client.getBlock({ blockTag: 'latest' })
    expect(head.number).toBeGreaterThanOrEqual(real.headFloor)
    // BLOBBASEFEE (Cancun) PUSH0 MSTORE PUSH1 32 PUSH0 RETURN, then PUSH0 x3 MCOPY (Cancun) STOP.
    const blobBaseFee = await rpc<Hex>(replica.rpcUrl, 'eth_call', [{ data: '0x4a5f5260205ff3' }, 'latest'])
    expect(blobBaseFee).toMatch(/^0x[0-9a-f]{64}$/)
    expect(await rpc<Hex>(replica.rpcUrl, 'eth_call', [{ data: '0x5f5f5f5e00' }, 'latest'])).toBe('0x')
    expect(Math.abs(Number(head.timestamp) - startedAtSec)).toBeLessThan(180)
  })

  it('has code at every canonical contract and real token address, with real decimals', async () => {
    for (const [name, address] of Object.entries(contracts)) {
      // The replicas do not place Uniswap V4 yet: only Permit2 of the V4 stack is there.
      if (!address || NOT_ON_REPLICAS.has(name)) continue
      expect((await client.getCode({ address }))?.length ?? 0, name).toBeGreaterThan(2)
    }
    // Permit2 signs for this chain: its EIP-712 separator is the one built from this chain id and address.
    const separator = await client.readContract({
      address: contracts.permit2,
      abi: parseAbi(['function DOMAIN_SEPARATOR() view returns (bytes32)']),
      functionName: 'DOMAIN_SEPARATOR',
    })
    expect(separator).toBe(
      keccak256(
        encodeAbiParameters(
          [{ type: 'bytes32' }, { type: 'bytes32' }, { type: 'uint256' }, { type: 'address' }],
          [
            keccak256(toHex('EIP712Domain(string name,uint256 chainId,address verifyingContract)')),
            keccak256(toHex('Permit2')),
            BigInt(real.chainId),
            contracts.permit2,
          ],
        ),
      ),
    )
    if (chain === 'base') expect(contracts.v3Staker).toBeUndefined()
    for (const [symbol, decimals] of Object.entries(real.decimals)) {
      const address = token(symbol)
      expect(await client.readContract({ address, abi: erc20Abi, functionName: 'decimals' }), symbol).toBe(
        decimals,
      )
    }
    expect(await read(contracts.v3Factory, 'feeAmountTickSpacing', [500])).toBe(10)
    expect(await read(contracts.v3Factory, 'feeAmountTickSpacing', [100])).toBe(1)
    expect(getAddress(await read<Address>(contracts.nonfungiblePositionManager, 'factory'))).toBe(
      getAddress(contracts.v3Factory),
    )
    expect(getAddress(await read<Address>(contracts.nonfungiblePositionManager, 'WETH9'))).toBe(
      getAddress(token('WETH')),
    )
  })

  it('creates pools and pairs at the CREATE2 addresses the app computes', async () => {
    expect(replica.deployments.v3Pools.length).toBeGreaterThanOrEqual(6)
    for (const pool of replica.deployments.v3Pools) {
      const fromFactory = await read<Address>(contracts.v3Factory, 'getPool', [
        pool.token0,
        pool.token1,
        pool.fee,
      ])
      expect(fromFactory).toBe(computeV3PoolAddress(contracts.v3Factory, pool.token0, pool.token1, pool.fee))
      expect((await client.getCode({ address: fromFactory }))?.length ?? 0).toBeGreaterThan(2)
    }
    // The catalogue's known pools that the replica's tokens make (USDC.e / USDbC are not placed).
    const placed = new Set(replica.deployments.tokens.map((t) => t.address.toLowerCase()))
    const known = publicCatalogueCores[real.chainId]?.v3Pools ?? []
    const reachable = known.filter(
      (p) => placed.has(p.token0.toLowerCase()) && placed.has(p.token1.toLowerCase()),
    )
    expect(reachable.length).toBeGreaterThanOrEqual(3)
    for (const pool of reachable) {
      const slot0 = await read<readonly [bigint]>(pool.address, 'slot0')
      expect(slot0[0]).toBeGreaterThan(0n)
    }
    if (chain === 'ethereum') {
      // Real mainnet pools (USDC/WETH 0.05 % and 0.3 %, WBTC/WETH 0.3 %) land at their real addresses.
      const real = [
        ['USDC', 'WETH', 500, '0x88e6A0c2dDD26FEEb64F039a2c41296FcB3f5640'],
        ['USDC', 'WETH', 3000, '0x8ad599c3A0ff1De082011EFDDc58f1908eb6e6D8'],
        ['WBTC', 'WETH', 3000, '0xCBCdF9626bC03E24f779434178A73a0B4bad62eD'],
      ] as const
      for (const [a, b, fee, address] of real)
        expect(
          (await read<Address>(contracts.v3Factory, 'getPool', [token(a), token(b), fee])).toLowerCase(),
        ).toBe(address.toLowerCase())
    }
    for (const pair of replica.deployments.v2Pairs) {
      const fromFactory = await read<Address>(contracts.v2Factory, 'getPair', [pair.token0, pair.token1])
      const salt = keccak256(`0x${pair.token0.slice(2)}${pair.token1.slice(2)}`.toLowerCase() as Hex)
      expect(fromFactory).toBe(
        getCreate2Address({ from: contracts.v2Factory, salt, bytecodeHash: V2_PAIR_INIT_CODE_HASH }),
      )
    }
  })

  if (chain === 'ethereum')
    it('reproduces USDT: approve returns nothing and refuses non-zero to non-zero', async () => {
      const usdt = token('USDT')
      const snapshot = await rpc<Hex>(replica.rpcUrl, 'evm_snapshot')
      try {
        const approve = (amount: bigint) =>
          encodeFunctionData({ abi: ABI, functionName: 'approve', args: [SPENDER, amount] })
        expect(
          await rpc<Hex>(replica.rpcUrl, 'eth_call', [
            { from: DEMO_ACCOUNT, to: usdt, data: approve(5n) },
            'latest',
          ]),
        ).toBe('0x')
        expect(await send(replica.rpcUrl, DEMO_ACCOUNT, usdt, approve(5n))).toBe('0x1')
        await expect(
          rpc(replica.rpcUrl, 'eth_call', [{ from: DEMO_ACCOUNT, to: usdt, data: approve(7n) }, 'latest']),
        ).rejects.toThrow(/revert/i)
        expect(await send(replica.rpcUrl, DEMO_ACCOUNT, usdt, approve(0n))).toBe('0x1')
        expect(await send(replica.rpcUrl, DEMO_ACCOUNT, usdt, approve(7n))).toBe('0x1')
        expect(await read(usdt, 'allowance', [DEMO_ACCOUNT, SPENDER])).toBe(7n)
      } finally {
        await rpc(replica.rpcUrl, 'evm_revert', [snapshot])
      }
    })

  it('keeps USDC behind a proxy with balances at slot 9 and allowances at slot 10 (FiatToken layout)', async () => {
    const usdc = token('USDC')
    const implementationSlot = '0x360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc'
    const implementation = await client.getStorageAt({ address: usdc, slot: implementationSlot })
    expect(BigInt(implementation ?? '0x0')).toBeGreaterThan(0n)
    const balance = await read<bigint>(usdc, 'balanceOf', [DEMO_ACCOUNT])
    expect(balance).toBeGreaterThan(0n)
    expect(
      BigInt((await client.getStorageAt({ address: usdc, slot: mappingKey(DEMO_ACCOUNT, 9n) })) ?? '0x0'),
    ).toBe(balance)
    const snapshot = await rpc<Hex>(replica.rpcUrl, 'evm_snapshot')
    try {
      const data = encodeFunctionData({ abi: ABI, functionName: 'approve', args: [SPENDER, 123_456n] })
      expect(await send(replica.rpcUrl, DEMO_ACCOUNT, usdc, data)).toBe('0x1')
      const stored = await client.getStorageAt({
        address: usdc,
        slot: nestedMappingKey(DEMO_ACCOUNT, SPENDER, 10n),
      })
      expect(BigInt(stored ?? '0x0')).toBe(123_456n)
    } finally {
      await rpc(replica.rpcUrl, 'evm_revert', [snapshot])
    }
  })

  if (chain !== 'base')
    it('has staker incentives the app can find through IncentiveCreated logs', async () => {
      const staker = contracts.v3Staker as Address
      const logs = await client.getLogs({
        address: staker,
        event: INCENTIVE_CREATED,
        fromBlock: real.headFloor,
        toBlock: 'latest',
      })
      expect(logs.length).toBeGreaterThanOrEqual(1)
      for (const log of logs) {
        const { rewardToken, pool, startTime, endTime, refundee } = log.args
        const id = keccak256(
          encodeAbiParameters(
            [
              { type: 'address' },
              { type: 'address' },
              { type: 'uint256' },
              { type: 'uint256' },
              { type: 'address' },
            ],
            [
              rewardToken as Address,
              pool as Address,
              startTime as bigint,
              endTime as bigint,
              refundee as Address,
            ],
          ),
        )
        const [unclaimed] = await read<readonly [bigint, bigint, bigint]>(staker, 'incentives', [id])
        expect(unclaimed).toBeGreaterThan(0n)
        const head = await client.getBlock({ blockTag: 'latest' })
        expect(endTime as bigint).toBeGreaterThan(head.timestamp)
      }
    })

  if (chain === 'ethereum')
    it('has the 2020 UNI farms at their real addresses, paying UNI at a live rate', async () => {
      const head = await client.getBlock({ blockTag: 'latest' })
      for (const { farm, other, pair } of REAL_FARMS) {
        const fromFactory = await read<Address>(contracts.v2Factory, 'getPair', [token('WETH'), token(other)])
        expect(fromFactory).toBe(pair)
        expect(getAddress(await read<Address>(farm, 'stakingToken'))).toBe(pair)
        expect(getAddress(await read<Address>(farm, 'rewardsToken'))).toBe(UNI_MAINNET)
        expect(await read<bigint>(farm, 'rewardRate')).toBeGreaterThan(0n)
        expect(await read<bigint>(farm, 'periodFinish')).toBeGreaterThan(head.timestamp)
      }
      // The demo account's V2 LP in the ETH/USDC farm.
      expect(await read<bigint>(REAL_FARMS[1]?.farm as Address, 'balanceOf', [DEMO_ACCOUNT])).toBeGreaterThan(
        0n,
      )
    })

  it('gives the demo account a realistic book', async () => {
    const npm = contracts.nonfungiblePositionManager
    const count = Number(await read<bigint>(npm, 'balanceOf', [DEMO_ACCOUNT]))
    expect(count).toBeGreaterThanOrEqual(5)
    let inRange = 0
    let outOfRange = 0
    let closed = 0
    let withFees = 0
    for (let index = 0; index < count; index++) {
      const tokenId = await read<bigint>(npm, 'tokenOfOwnerByIndex', [DEMO_ACCOUNT, BigInt(index)])
      const p = await read<readonly unknown[]>(npm, 'positions', [tokenId])
      const [token0, token1, fee, tickLower, tickUpper, liquidity] = [p[2], p[3], p[4], p[5], p[6], p[7]] as [
        Address,
        Address,
        number,
        number,
        number,
        bigint,
      ]
      if (liquidity === 0n) {
        closed++
        continue
      }
      const [, tick] = await read<readonly [bigint, number]>(
        computeV3PoolAddress(contracts.v3Factory, token0, token1, fee),
        'slot0',
      )
      if (tick >= tickLower && tick < tickUpper) inRange++
      else outOfRange++
      const { result } = await client.simulateContract({
        address: npm,
        abi: ABI,
        functionName: 'collect',
        args: [{ tokenId, recipient: DEMO_ACCOUNT, amount0Max: MAX_UINT128, amount1Max: MAX_UINT128 }],
        account: DEMO_ACCOUNT,
      })
      if (result[0] > 0n || result[1] > 0n) withFees++
    }
    expect(inRange).toBeGreaterThanOrEqual(2)
    expect(outOfRange).toBeGreaterThanOrEqual(1)
    expect(closed).toBeGreaterThanOrEqual(1)
    expect(withFees).toBeGreaterThanOrEqual(1)
    const staked = replica.deployments.seed.demoPositions.filter((p) => p.staked)
    if (contracts.v3Staker) {
      expect(staked.length).toBeGreaterThanOrEqual(1)
      for (const position of staked) {
        expect(await read(npm, 'ownerOf', [BigInt(position.tokenId)])).toBe(getAddress(contracts.v3Staker))
        const deposit = await read<readonly [Address, number]>(contracts.v3Staker, 'deposits', [
          BigInt(position.tokenId),
        ])
        expect(deposit[0]).toBe(DEMO_ACCOUNT)
        expect(deposit[1]).toBe(1)
      }
    } else {
      expect(staked).toEqual([])
    }
    const wethUsdcPair = await read<Address>(contracts.v2Factory, 'getPair', [token('WETH'), token('USDC')])
    expect(await read<bigint>(wethUsdcPair, 'balanceOf', [DEMO_ACCOUNT])).toBeGreaterThan(0n)
  })

  it('has at least 300 swaps over at least 7 days of chain time, ending before the head', async () => {
    const { historyStartBlock, historyEndBlock } = replica.deployments.seed
    const logs = await client.request({
      method: 'eth_getLogs',
      params: [
        {
          fromBlock: `0x${BigInt(historyStartBlock).toString(16)}`,
          toBlock: `0x${BigInt(historyEndBlock).toString(16)}`,
          topics: [[V3_SWAP_TOPIC, V2_SWAP_TOPIC]],
        },
      ],
    })
    const swaps = (logs as { address: Address; blockNumber: Hex }[]).filter(
      (log) =>
        replica.deployments.v3Pools.some((p) => p.address.toLowerCase() === log.address.toLowerCase()) ||
        replica.deployments.v2Pairs.some((p) => p.address.toLowerCase() === log.address.toLowerCase()),
    )
    expect(swaps.length).toBeGreaterThanOrEqual(300)
    const first = await client.getBlock({ blockNumber: BigInt(swaps[0]?.blockNumber ?? '0x0') })
    const last = await client.getBlock({ blockNumber: BigInt(swaps[swaps.length - 1]?.blockNumber ?? '0x0') })
    expect(Number(last.timestamp - first.timestamp)).toBeGreaterThanOrEqual(7 * DAY_SEC)
    // Ends within the last hour or so (anchored at the start of the UTC hour).
    expect(startedAtSec - Number(last.timestamp)).toBeLessThan(2 * 3_600)
  })

  if (chain === 'base')
    it('seeds deterministically: a second cold seed of the same anchor gives the same chain', async () => {
      const { historyEndBlock, historyEndTimestamp } = replica.deployments.seed
      const second = await startReplica({
        chain,
        port: DETERMINISM_PORT,
        fresh: true,
        quiet: true,
        anchorTimestamp: historyEndTimestamp,
      })
      try {
        const secondClient = createPublicClient({ transport: http(second.rpcUrl) })
        const [a, b] = await Promise.all([
          client.getBlock({ blockNumber: BigInt(historyEndBlock) }),
          secondClient.getBlock({ blockNumber: BigInt(historyEndBlock) }),
        ])
        expect(b.hash).toBe(a.hash)
      } finally {
        await second.stop()
      }
    }, 400_000)

  it('warm-starts from the cache with the same chain', async () => {
    const { historyEndBlock, historyEndTimestamp } = replica.deployments.seed
    const coldHash = (await client.getBlock({ blockNumber: BigInt(historyEndBlock) })).hash
    await replica.stop()
    replica = await startReplica({
      chain,
      port: PORTS[chain],
      quiet: true,
      anchorTimestamp: historyEndTimestamp,
    })
    client = createPublicClient({ transport: http(replica.rpcUrl) })
    expect(replica.fromCache).toBe(true)
    expect((await client.getBlock({ blockNumber: BigInt(historyEndBlock) })).hash).toBe(coldHash)
    const head = await client.getBlock({ blockTag: 'latest' })
    expect(Math.abs(Number(head.timestamp) - Math.floor(Date.now() / 1000))).toBeLessThan(180)
  }, 60_000)
})
