import {
  type Address,
  type Hex,
  maxUint128,
  numberToHex,
  type PublicClient,
  parseAbi,
  zeroAddress,
} from 'viem'
import { decodePositionInfo, getPositionAmounts, getTokensOwed, toPoolId } from '../../src/math/index.ts'

/** What the oracle needs to know of a seeded chain: the devnet's Deployments and a replica's both fit. */
export interface OracleDeployments {
  contracts: { nonfungiblePositionManager: Address; v3Staker?: Address | undefined }
  v3Incentives: readonly {
    rewardToken: Address
    pool: Address
    startTime: number
    endTime: number
    refundee: Address
    incentiveId: Hex
  }[]
  seed: {
    demoPositions: readonly { tokenId: number; incentiveId?: Hex | undefined }[]
    demoV2Holdings: readonly { pair: Address; stakedIn?: Address | undefined }[]
  }
  /** The devnet's V4 (absent on the replicas): its seeded demo positions are expected too. */
  v4?:
    | { positionManager: Address; stateView: Address; demoPositions: readonly { tokenId: number }[] }
    | undefined
}

// The oracle's own view of the contracts (not the app's ABIs), as in test/browser/positions.test.ts.
const npmAbi = parseAbi([
  'function ownerOf(uint256 tokenId) view returns (address)',
  'function positions(uint256 tokenId) view returns (uint96 nonce, address operator, address token0, address token1, uint24 fee, int24 tickLower, int24 tickUpper, uint128 liquidity, uint256 feeGrowthInside0LastX128, uint256 feeGrowthInside1LastX128, uint128 tokensOwed0, uint128 tokensOwed1)',
  'struct DecreaseLiquidityParams { uint256 tokenId; uint128 liquidity; uint256 amount0Min; uint256 amount1Min; uint256 deadline; }',
  'function decreaseLiquidity(DecreaseLiquidityParams params) payable returns (uint256 amount0, uint256 amount1)',
  'struct CollectParams { uint256 tokenId; address recipient; uint128 amount0Max; uint128 amount1Max; }',
  'function collect(CollectParams params) payable returns (uint256 amount0, uint256 amount1)',
])
const stakerAbi = parseAbi([
  'struct IncentiveKey { address rewardToken; address pool; uint256 startTime; uint256 endTime; address refundee; }',
  'function getRewardInfo(IncentiveKey key, uint256 tokenId) returns (uint256 reward, uint160 secondsInsideX128)',
])
const pairAbi = parseAbi([
  'function balanceOf(address) view returns (uint256)',
  'function totalSupply() view returns (uint256)',
  'function getReserves() view returns (uint112 reserve0, uint112 reserve1, uint32 blockTimestampLast)',
])
const v4PositionManagerAbi = parseAbi([
  'function ownerOf(uint256 tokenId) view returns (address)',
  'function getPoolAndPositionInfo(uint256 tokenId) view returns ((address currency0, address currency1, uint24 fee, int24 tickSpacing, address hooks) poolKey, uint256 info)',
])
const stateViewAbi = parseAbi([
  'function getSlot0(bytes32 poolId) view returns (uint160 sqrtPriceX96, int24 tick, uint24 protocolFee, uint24 lpFee)',
  'function getFeeGrowthInside(bytes32 poolId, int24 tickLower, int24 tickUpper) view returns (uint256 feeGrowthInside0X128, uint256 feeGrowthInside1X128)',
  'function getPositionInfo(bytes32 poolId, address owner, int24 tickLower, int24 tickUpper, bytes32 salt) view returns (uint128 liquidity, uint256 feeGrowthInside0LastX128, uint256 feeGrowthInside1LastX128)',
])
const farmAbi = parseAbi([
  'function balanceOf(address) view returns (uint256)',
  'function earned(address) view returns (uint256)',
])

/** Figure name (the card's data-testid, `reward:<i>` for rewards) → exact wei, per position card id. */
export type ExpectedPositionFigures = Map<string, Map<string, bigint>>

/**
 * The raw figures the positions page should show for the demo account's seeded book at `blockNumber`,
 * read straight from the contracts. V2 burn math assumes feeTo is unset, as on the devnet.
 */
export async function readExpectedPositionFigures(
  client: PublicClient,
  deployments: OracleDeployments,
  account: Address,
  blockNumber: bigint,
): Promise<ExpectedPositionFigures> {
  const npm = deployments.contracts.nonfungiblePositionManager
  const expected: ExpectedPositionFigures = new Map()
  for (const seeded of deployments.seed.demoPositions) {
    const tokenId = BigInt(seeded.tokenId)
    const at = { blockNumber } as const
    const owner = await client.readContract({
      ...at,
      address: npm,
      abi: npmAbi,
      functionName: 'ownerOf',
      args: [tokenId],
    })
    const position = await client.readContract({
      ...at,
      address: npm,
      abi: npmAbi,
      functionName: 'positions',
      args: [tokenId],
    })
    const liquidity = position[7]
    const amounts =
      liquidity > 0n
        ? (
            await client.simulateContract({
              ...at,
              address: npm,
              abi: npmAbi,
              functionName: 'decreaseLiquidity',
              args: [{ tokenId, liquidity, amount0Min: 0n, amount1Min: 0n, deadline: 2n ** 64n }],
              account: owner,
            })
          ).result
        : ([0n, 0n] as const)
    const { result: fees } = await client.simulateContract({
      ...at,
      address: npm,
      abi: npmAbi,
      functionName: 'collect',
      args: [{ tokenId, recipient: owner, amount0Max: maxUint128, amount1Max: maxUint128 }],
      account: owner,
    })
    const figures = new Map<string, bigint>([
      ['amount0', amounts[0]],
      ['amount1', amounts[1]],
      ['fees0', fees[0]],
      ['fees1', fees[1]],
    ])
    const incentive = deployments.v3Incentives.find((i) => i.incentiveId === seeded.incentiveId)
    const staker = deployments.contracts.v3Staker
    if (incentive && staker) {
      const { result } = await client.simulateContract({
        ...at,
        address: staker,
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
          tokenId,
        ],
      })
      figures.set('reward:0', result[0])
    }
    expected.set(`v3:${tokenId}`, figures)
  }
  for (const holding of deployments.seed.demoV2Holdings) {
    const at = { blockNumber, address: holding.pair, abi: pairAbi } as const
    const [reserve0, reserve1] = await client.readContract({ ...at, functionName: 'getReserves' })
    const totalSupply = await client.readContract({ ...at, functionName: 'totalSupply' })
    const burn = (lp: bigint) =>
      new Map([
        ['amount0', (lp * reserve0) / totalSupply],
        ['amount1', (lp * reserve1) / totalSupply],
      ])
    const pairId = `v2:${holding.pair.toLowerCase()}`
    const walletLp = await client.readContract({ ...at, functionName: 'balanceOf', args: [account] })
    if (walletLp > 0n) expected.set(`${pairId}:wallet`, burn(walletLp))
    if (holding.stakedIn && holding.stakedIn !== zeroAddress) {
      const farm = { blockNumber, address: holding.stakedIn, abi: farmAbi, args: [account] } as const
      const stakedLp = await client.readContract({ ...farm, functionName: 'balanceOf' })
      if (stakedLp > 0n) {
        const figures = burn(stakedLp)
        figures.set('reward:0', await client.readContract({ ...farm, functionName: 'earned' }))
        expected.set(`${pairId}:farm`, figures)
      }
    }
  }
  if (deployments.v4) await addExpectedV4Figures(client, deployments.v4, account, blockNumber, expected)
  return expected
}

/**
 * The demo account's V4 positions at `blockNumber`. modifyLiquidities returns nothing, so an eth_call cannot
 * say what it pays: the figures are computed from the contracts' raw state (StateView, PositionManager) with
 * src/math, whose V4 amounts and fees test/integration/positions-v4.test.ts and v4-devnet.test.ts check
 * against real DECREASE + TAKE_PAIR payouts to the wei. Here the question is the page against the honest chain.
 */
async function addExpectedV4Figures(
  client: PublicClient,
  v4: NonNullable<OracleDeployments['v4']>,
  account: Address,
  blockNumber: bigint,
  expected: ExpectedPositionFigures,
) {
  for (const seeded of v4.demoPositions) {
    const tokenId = BigInt(seeded.tokenId)
    const at = { blockNumber } as const
    const owner = await client
      .readContract({
        ...at,
        address: v4.positionManager,
        abi: v4PositionManagerAbi,
        functionName: 'ownerOf',
        args: [tokenId],
      })
      .catch(() => null)
    if (owner?.toLowerCase() !== account.toLowerCase()) continue
    const [key, info] = await client.readContract({
      ...at,
      address: v4.positionManager,
      abi: v4PositionManagerAbi,
      functionName: 'getPoolAndPositionInfo',
      args: [tokenId],
    })
    const poolId = toPoolId({ ...key })
    const { tickLower, tickUpper } = decodePositionInfo(info)
    const state = { ...at, address: v4.stateView, abi: stateViewAbi } as const
    const [sqrtPriceX96, tick] = await client.readContract({
      ...state,
      functionName: 'getSlot0',
      args: [poolId],
    })
    const [inside0, inside1] = await client.readContract({
      ...state,
      functionName: 'getFeeGrowthInside',
      args: [poolId, tickLower, tickUpper],
    })
    const [liquidity, last0, last1] = await client.readContract({
      ...state,
      functionName: 'getPositionInfo',
      args: [poolId, v4.positionManager, tickLower, tickUpper, numberToHex(tokenId, { size: 32 })],
    })
    const amounts = getPositionAmounts(tick, sqrtPriceX96, tickLower, tickUpper, liquidity)
    expected.set(
      `v4:${tokenId}`,
      new Map([
        ['amount0', amounts.amount0],
        ['amount1', amounts.amount1],
        ['fees0', getTokensOwed(last0, inside0, liquidity)],
        ['fees1', getTokensOwed(last1, inside1, liquidity)],
      ]),
    )
  }
}
