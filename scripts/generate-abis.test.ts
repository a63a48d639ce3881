// @vitest-environment node
// The ABIs in src/chain/abi are generated from the artifacts and cannot drift: regenerating gives byte-identical
// files; every item of every artifact is in its generated ABI (selectors computed from the raw JSON); and every
// ABI item the app declared by hand before (its reads, writes and events) exists in the generated ABIs with the
// same types, indexed flags, outputs and mutability.
import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { type Abi, type AbiParameter, parseAbi, toEventSelector, toFunctionSelector } from 'viem'
import { describe, expect, it } from 'vitest'
import { erc20Abi } from '../src/chain/abi/erc20Abi.ts'
import { erc20Bytes32Abi } from '../src/chain/abi/erc20Bytes32Abi.ts'
import { multicall3Abi } from '../src/chain/abi/multicall3Abi.ts'
import { nonfungiblePositionManagerAbi } from '../src/chain/abi/nonfungiblePositionManagerAbi.ts'
import { permit2Abi } from '../src/chain/abi/permit2Abi.ts'
import { poolManagerAbi } from '../src/chain/abi/poolManagerAbi.ts'
import { positionManagerAbi } from '../src/chain/abi/positionManagerAbi.ts'
import { stakingRewardsAbi } from '../src/chain/abi/stakingRewardsAbi.ts'
import { stateViewAbi } from '../src/chain/abi/stateViewAbi.ts'
import { tickLensAbi } from '../src/chain/abi/tickLensAbi.ts'
import { uniswapV2FactoryAbi } from '../src/chain/abi/uniswapV2FactoryAbi.ts'
import { uniswapV2PairAbi } from '../src/chain/abi/uniswapV2PairAbi.ts'
import { uniswapV2Router02Abi } from '../src/chain/abi/uniswapV2Router02Abi.ts'
import { uniswapV3FactoryAbi } from '../src/chain/abi/uniswapV3FactoryAbi.ts'
import { uniswapV3PoolAbi } from '../src/chain/abi/uniswapV3PoolAbi.ts'
import { uniswapV3StakerAbi } from '../src/chain/abi/uniswapV3StakerAbi.ts'
import { ABI_DIR, ARTIFACT_SOURCES, GENERATED_HEADER, renderAbiFiles } from './generate-abis.ts'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(import.meta.url)

const generated: Record<string, Abi> = {
  erc20Abi,
  erc20Bytes32Abi,
  multicall3Abi,
  nonfungiblePositionManagerAbi,
  permit2Abi,
  poolManagerAbi,
  positionManagerAbi,
  stakingRewardsAbi,
  stateViewAbi,
  tickLensAbi,
  uniswapV2FactoryAbi,
  uniswapV2PairAbi,
  uniswapV2Router02Abi,
  uniswapV3FactoryAbi,
  uniswapV3PoolAbi,
  uniswapV3StakerAbi,
}

const typeOf = (p: AbiParameter): string =>
  'components' in p && p.components ? `(${p.components.map(typeOf).join(',')})${p.type.slice(5)}` : p.type

/** What decoding and encoding depend on: kind, name, input types (+ indexed), output types, mutability. */
function shape(item: Abi[number]): string {
  if (item.type === 'event')
    return `event ${item.name}(${item.inputs.map((p) => `${typeOf(p)}${p.indexed ? ' indexed' : ''}`).join(',')})`
  if (item.type === 'function')
    return `function ${item.name}(${item.inputs.map(typeOf).join(',')}) ${item.stateMutability} returns (${item.outputs.map(typeOf).join(',')})`
  return item.type
}

describe('src/chain/abi', () => {
  it('regenerates byte-identical (npm run generate:abis), and holds no other ABI file', () => {
    const files = renderAbiFiles()
    for (const [path, content] of files) expect(readFileSync(join(root, path), 'utf8'), path).toBe(content)
    const onDisk = readdirSync(join(root, ABI_DIR)).filter((name) =>
      readFileSync(join(root, ABI_DIR, name), 'utf8').startsWith(GENERATED_HEADER),
    )
    expect(onDisk.map((name) => `${ABI_DIR}/${name}`).sort()).toEqual([...files.keys()].sort())
    expect(
      Object.keys(generated)
        .map((name) => `${ABI_DIR}/${name}.ts`)
        .sort(),
    ).toEqual([...files.keys()].sort())
  })

  it('has every function and event of every artifact, by selector computed from the raw JSON', () => {
    for (const source of ARTIFACT_SOURCES) {
      const artifact = JSON.parse(
        readFileSync(require.resolve(`${source.packageName}/${source.path}`), 'utf8'),
      ) as { abi: Abi }
      const abi = generated[source.name] ?? []
      const selectors = (list: Abi) =>
        list
          .flatMap((item) =>
            item.type === 'function'
              ? [toFunctionSelector(item)]
              : item.type === 'event'
                ? [toEventSelector(item)]
                : [],
          )
          .sort()
      expect(selectors(abi), source.name).toEqual(selectors(artifact.abi))
      expect(selectors(abi).length, source.name).toBeGreaterThan(0)
      expect(abi.map(shape), source.name).toEqual(artifact.abi.map(shape))
    }
  })

  // Every item the app declared by hand before the ABIs were generated (src/chain/abi, chain/write/writeAbis,
  // chain/pools, simulator/data/abis, add-liquidity, positions/history, config/rpcCrossCheck).
  const handDeclared: Record<string, string[]> = {
    erc20Abi: [
      'function symbol() view returns (string)',
      'function name() view returns (string)',
      'function decimals() view returns (uint8)',
      'function balanceOf(address account) view returns (uint256)',
      'function totalSupply() view returns (uint256)',
      'function approve(address spender, uint256 amount) returns (bool)',
      'function allowance(address owner, address spender) view returns (uint256)',
      'event Transfer(address indexed from, address indexed to, uint256 value)',
    ],
    erc20Bytes32Abi: ['function symbol() view returns (bytes32)', 'function name() view returns (bytes32)'],
    multicall3Abi: [
      'struct Call3 { address target; bool allowFailure; bytes callData; }',
      'struct Result { bool success; bytes returnData; }',
      'function aggregate3(Call3[] calls) payable returns (Result[] returnData)',
      'function getBlockNumber() view returns (uint256 blockNumber)',
      'function getCurrentBlockTimestamp() view returns (uint256 timestamp)',
    ],
    nonfungiblePositionManagerAbi: [
      'function balanceOf(address owner) view returns (uint256)',
      'function ownerOf(uint256 tokenId) view returns (address)',
      'function tokenOfOwnerByIndex(address owner, uint256 index) view returns (uint256)',
      'function positions(uint256 tokenId) view returns (uint96 nonce, address operator, address token0, address token1, uint24 fee, int24 tickLower, int24 tickUpper, uint128 liquidity, uint256 feeGrowthInside0LastX128, uint256 feeGrowthInside1LastX128, uint128 tokensOwed0, uint128 tokensOwed1)',
      'struct MintParams { address token0; address token1; uint24 fee; int24 tickLower; int24 tickUpper; uint256 amount0Desired; uint256 amount1Desired; uint256 amount0Min; uint256 amount1Min; address recipient; uint256 deadline; }',
      'struct IncreaseLiquidityParams { uint256 tokenId; uint256 amount0Desired; uint256 amount1Desired; uint256 amount0Min; uint256 amount1Min; uint256 deadline; }',
      'struct DecreaseLiquidityParams { uint256 tokenId; uint128 liquidity; uint256 amount0Min; uint256 amount1Min; uint256 deadline; }',
      'struct CollectParams { uint256 tokenId; address recipient; uint128 amount0Max; uint128 amount1Max; }',
      'function mint(MintParams params) payable returns (uint256 tokenId, uint128 liquidity, uint256 amount0, uint256 amount1)',
      'function increaseLiquidity(IncreaseLiquidityParams params) payable returns (uint128 liquidity, uint256 amount0, uint256 amount1)',
      'function decreaseLiquidity(DecreaseLiquidityParams params) payable returns (uint256 amount0, uint256 amount1)',
      'function collect(CollectParams params) payable returns (uint256 amount0, uint256 amount1)',
      'function createAndInitializePoolIfNecessary(address token0, address token1, uint24 fee, uint160 sqrtPriceX96) payable returns (address pool)',
      'function multicall(bytes[] data) payable returns (bytes[] results)',
      'function refundETH() payable',
      'function unwrapWETH9(uint256 amountMinimum, address recipient) payable',
      'function sweepToken(address token, uint256 amountMinimum, address recipient) payable',
      'function safeTransferFrom(address from, address to, uint256 tokenId, bytes data)',
      'event IncreaseLiquidity(uint256 indexed tokenId, uint128 liquidity, uint256 amount0, uint256 amount1)',
      'event DecreaseLiquidity(uint256 indexed tokenId, uint128 liquidity, uint256 amount0, uint256 amount1)',
      'event Collect(uint256 indexed tokenId, address recipient, uint256 amount0, uint256 amount1)',
      'event Transfer(address indexed from, address indexed to, uint256 indexed tokenId)',
    ],
    stakingRewardsAbi: [
      'function balanceOf(address account) view returns (uint256)',
      'function earned(address account) view returns (uint256)',
      'function totalSupply() view returns (uint256)',
      'function rewardRate() view returns (uint256)',
      'function periodFinish() view returns (uint256)',
      'function rewardPerTokenStored() view returns (uint256)',
      'function lastUpdateTime() view returns (uint256)',
      'function userRewardPerTokenPaid(address account) view returns (uint256)',
      'function rewards(address account) view returns (uint256)',
      'function stakingToken() view returns (address)',
      'function rewardsToken() view returns (address)',
      'function stake(uint256 amount)',
      'function withdraw(uint256 amount)',
      'function getReward()',
      'function exit()',
      'event Staked(address indexed user, uint256 amount)',
      'event Withdrawn(address indexed user, uint256 amount)',
      'event RewardPaid(address indexed user, uint256 reward)',
    ],
    tickLensAbi: [
      'struct PopulatedTick { int24 tick; int128 liquidityNet; uint128 liquidityGross; }',
      'function getPopulatedTicksInWord(address pool, int16 tickBitmapIndex) view returns (PopulatedTick[] populatedTicks)',
    ],
    uniswapV2FactoryAbi: [
      'function feeTo() view returns (address)',
      'function getPair(address tokenA, address tokenB) view returns (address)',
    ],
    uniswapV2PairAbi: [
      'function getReserves() view returns (uint112 reserve0, uint112 reserve1, uint32 blockTimestampLast)',
      'function totalSupply() view returns (uint256)',
      'function balanceOf(address account) view returns (uint256)',
      'function kLast() view returns (uint256)',
      'function token0() view returns (address)',
      'function token1() view returns (address)',
      'function factory() view returns (address)',
      'function burn(address to) returns (uint256 amount0, uint256 amount1)',
      'function transfer(address to, uint256 value) returns (bool)',
      'event Transfer(address indexed from, address indexed to, uint256 value)',
      'event Mint(address indexed sender, uint256 amount0, uint256 amount1)',
      'event Burn(address indexed sender, uint256 amount0, uint256 amount1, address indexed to)',
      'event Swap(address indexed sender, uint256 amount0In, uint256 amount1In, uint256 amount0Out, uint256 amount1Out, address indexed to)',
      'event Sync(uint112 reserve0, uint112 reserve1)',
    ],
    uniswapV2Router02Abi: [
      'function addLiquidity(address tokenA, address tokenB, uint256 amountADesired, uint256 amountBDesired, uint256 amountAMin, uint256 amountBMin, address to, uint256 deadline) returns (uint256 amountA, uint256 amountB, uint256 liquidity)',
      'function addLiquidityETH(address token, uint256 amountTokenDesired, uint256 amountTokenMin, uint256 amountETHMin, address to, uint256 deadline) payable returns (uint256 amountToken, uint256 amountETH, uint256 liquidity)',
      'function removeLiquidity(address tokenA, address tokenB, uint256 liquidity, uint256 amountAMin, uint256 amountBMin, address to, uint256 deadline) returns (uint256 amountA, uint256 amountB)',
    ],
    uniswapV3FactoryAbi: [
      'function getPool(address tokenA, address tokenB, uint24 fee) view returns (address)',
    ],
    uniswapV3PoolAbi: [
      'function slot0() view returns (uint160 sqrtPriceX96, int24 tick, uint16 observationIndex, uint16 observationCardinality, uint16 observationCardinalityNext, uint8 feeProtocol, bool unlocked)',
      'function liquidity() view returns (uint128)',
      'function fee() view returns (uint24)',
      'function tickSpacing() view returns (int24)',
      'function token0() view returns (address)',
      'function token1() view returns (address)',
      'function feeGrowthGlobal0X128() view returns (uint256)',
      'function feeGrowthGlobal1X128() view returns (uint256)',
      'function ticks(int24 tick) view returns (uint128 liquidityGross, int128 liquidityNet, uint256 feeGrowthOutside0X128, uint256 feeGrowthOutside1X128, int56 tickCumulativeOutside, uint160 secondsPerLiquidityOutsideX128, uint32 secondsOutside, bool initialized)',
      'function snapshotCumulativesInside(int24 tickLower, int24 tickUpper) view returns (int56 tickCumulativeInside, uint160 secondsPerLiquidityInsideX128, uint32 secondsInside)',
      'event Initialize(uint160 sqrtPriceX96, int24 tick)',
      'event Mint(address sender, address indexed owner, int24 indexed tickLower, int24 indexed tickUpper, uint128 amount, uint256 amount0, uint256 amount1)',
      'event Burn(address indexed owner, int24 indexed tickLower, int24 indexed tickUpper, uint128 amount, uint256 amount0, uint256 amount1)',
      'event Swap(address indexed sender, address indexed recipient, int256 amount0, int256 amount1, uint160 sqrtPriceX96, uint128 liquidity, int24 tick)',
      'event SetFeeProtocol(uint8 feeProtocol0Old, uint8 feeProtocol1Old, uint8 feeProtocol0New, uint8 feeProtocol1New)',
    ],
    uniswapV3StakerAbi: [
      'struct IncentiveKey { address rewardToken; address pool; uint256 startTime; uint256 endTime; address refundee; }',
      'function deposits(uint256 tokenId) view returns (address owner, uint48 numberOfStakes, int24 tickLower, int24 tickUpper)',
      'function stakes(uint256 tokenId, bytes32 incentiveId) view returns (uint160 secondsPerLiquidityInsideInitialX128, uint128 liquidity)',
      'function incentives(bytes32 incentiveId) view returns (uint256 totalRewardUnclaimed, uint160 totalSecondsClaimedX128, uint96 numberOfStakes)',
      'function rewards(address rewardToken, address owner) view returns (uint256)',
      'function getRewardInfo(IncentiveKey key, uint256 tokenId) returns (uint256 reward, uint160 secondsInsideX128)',
      'function stakeToken(IncentiveKey key, uint256 tokenId)',
      'function unstakeToken(IncentiveKey key, uint256 tokenId)',
      'function claimReward(address rewardToken, address to, uint256 amountRequested) returns (uint256 reward)',
      'function withdrawToken(uint256 tokenId, address to, bytes data)',
      'function multicall(bytes[] data) payable returns (bytes[] results)',
      'event DepositTransferred(uint256 indexed tokenId, address indexed oldOwner, address indexed newOwner)',
      'event TokenUnstaked(uint256 indexed tokenId, bytes32 indexed incentiveId)',
      'event RewardClaimed(address indexed to, uint256 reward)',
      'event IncentiveCreated(address indexed rewardToken, address indexed pool, uint256 startTime, uint256 endTime, address refundee, uint256 reward)',
    ],
  }

  // The two places where the hand declarations' mutability was not the deployed contract's: encoding and
  // decoding do not depend on it (both are only ever eth_call-ed or batched through aggregate3).
  const mutabilityDiffers: Record<string, string> = {
    // Multicall3.sol says payable; viem's subset says view, so it can be read with eth_call.
    'multicall3Abi.aggregate3': 'view',
    // The UniswapV3Staker artifact says view (the hand declaration copied the interface, nonpayable).
    'uniswapV3StakerAbi.getRewardInfo': 'view',
  }

  it.each(Object.entries(handDeclared))(
    '%s has every item the app declared by hand, with the same shape',
    (name, items) => {
      const shapes = new Set((generated[name] ?? []).map(shape))
      const declared = parseAbi(items as readonly string[]) as Abi
      expect(declared.length).toBeGreaterThan(0)
      for (const item of declared) {
        const mutability = item.type === 'function' ? mutabilityDiffers[`${name}.${item.name}`] : undefined
        const expected =
          mutability && item.type === 'function'
            ? shape({ ...item, stateMutability: mutability } as Abi[number])
            : shape(item)
        expect(shapes, expected).toContain(expected)
      }
    },
  )
})
