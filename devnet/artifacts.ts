import { createRequire } from 'node:module'
import type { Abi, Hex } from 'viem'

const require = createRequire(import.meta.url)

/** ABI plus creation bytecode (always 0x-prefixed) of a contract the devnet deploys. */
export interface Artifact {
  abi: Abi
  bytecode: Hex
}

/** Module paths of every artifact the devnet uses: real Uniswap builds from npm, plus our tokens. */
const ARTIFACT_PATHS = {
  WETH9: '@uniswap/v2-periphery/build/WETH9.json',
  UniswapV2Factory: '@uniswap/v2-core/build/UniswapV2Factory.json',
  UniswapV2Pair: '@uniswap/v2-core/build/UniswapV2Pair.json',
  UniswapV2Router02: '@uniswap/v2-periphery/build/UniswapV2Router02.json',
  UniswapV3Factory: '@uniswap/v3-core/artifacts/contracts/UniswapV3Factory.sol/UniswapV3Factory.json',
  UniswapV3Pool: '@uniswap/v3-core/artifacts/contracts/UniswapV3Pool.sol/UniswapV3Pool.json',
  NonfungiblePositionManager:
    '@uniswap/v3-periphery/artifacts/contracts/NonfungiblePositionManager.sol/NonfungiblePositionManager.json',
  SwapRouter: '@uniswap/v3-periphery/artifacts/contracts/SwapRouter.sol/SwapRouter.json',
  QuoterV2: '@uniswap/v3-periphery/artifacts/contracts/lens/QuoterV2.sol/QuoterV2.json',
  TickLens: '@uniswap/v3-periphery/artifacts/contracts/lens/TickLens.sol/TickLens.json',
  UniswapV3Staker: '@uniswap/v3-staker/artifacts/contracts/UniswapV3Staker.sol/UniswapV3Staker.json',
  StakingRewards: '@uniswap/liquidity-staker/build/StakingRewards.json',
  // Uniswap V4: forge artifacts (bytecode under `.object`), compiled for Cancun.
  PoolManager: '@uniswap/v4-core/out/PoolManager.sol/PoolManager.json',
  PoolSwapTest: '@uniswap/v4-core/out/PoolSwapTest.sol/PoolSwapTest.json',
  PositionManager: '@uniswap/v4-periphery/foundry-out/PositionManager.sol/PositionManager.json',
  StateView: '@uniswap/v4-periphery/foundry-out/StateView.sol/StateView.json',
  V4Quoter: '@uniswap/v4-periphery/foundry-out/V4Quoter.sol/V4Quoter.json',
} as const

export type ArtifactName =
  | keyof typeof ARTIFACT_PATHS
  | 'DevnetToken'
  | 'Bytes32MetadataToken'
  | 'NoNameToken'
  | 'UsdtLikeToken'
  | 'SlotProxy'
  | 'DevnetSwapCounterHook'
  | 'DevnetSubscriber'

/** Files whose content decides the seeded state; part of the state-cache key. */
export function artifactFiles(): string[] {
  return [
    ...Object.values(ARTIFACT_PATHS).map((path) => require.resolve(path)),
    require.resolve('./artifacts/tokens.json'),
    // Permit2's runtime code (devnet/v4Deploy.ts reads it from this file).
    require.resolve('@uniswap/v4-periphery/lib/permit2/test/utils/DeployPermit2.sol'),
  ]
}

const cache = new Map<ArtifactName, Artifact>()

/**
 * Loads an artifact. Waffle builds (Uniswap V2, liquidity-staker) store bytecode without `0x`, forge
 * builds (Uniswap V4) under `bytecode.object`; both are normalised here.
 */
export function loadArtifact(name: ArtifactName): Artifact {
  const cached = cache.get(name)
  if (cached) return cached
  let raw: { abi: Abi; bytecode: string | { object: string } }
  if (
    name === 'DevnetToken' ||
    name === 'Bytes32MetadataToken' ||
    name === 'NoNameToken' ||
    name === 'UsdtLikeToken' ||
    name === 'SlotProxy' ||
    name === 'DevnetSwapCounterHook' ||
    name === 'DevnetSubscriber'
  ) {
    const tokens = require('./artifacts/tokens.json') as {
      contracts: Record<string, { abi: Abi; bytecode: string }>
    }
    const contract = tokens.contracts[name]
    if (!contract) throw new Error(`devnet/artifacts/tokens.json lacks ${name}: run devnet/compile.ts`)
    raw = contract
  } else {
    raw = require(ARTIFACT_PATHS[name]) as { abi: Abi; bytecode: string }
  }
  const code = typeof raw.bytecode === 'string' ? raw.bytecode : raw.bytecode.object
  const bytecode = (code.startsWith('0x') ? code : `0x${code}`) as Hex
  const artifact = { abi: raw.abi, bytecode }
  cache.set(name, artifact)
  return artifact
}
