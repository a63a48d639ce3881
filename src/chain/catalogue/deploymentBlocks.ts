import { arbitrum, base, mainnet, optimism, polygon } from 'viem/chains'

/** Blocks where a chain's Uniswap contracts were deployed: log scans never start before them. */
export interface DeploymentBlocks {
  v2Factory: bigint
  v3Factory: bigint
  nonfungiblePositionManager: bigint
  /** The canonical UniswapV3Staker (undefined where the chain has none). */
  v3Staker: bigint | undefined
}

/*
 * Sources (checked with the search tools of this session):
 * - Ethereum: V2 factory 10,000,835 and V3 factory 12,369,621 (deployment tables of two independent
 *   indexers' configs); NonfungiblePositionManager 12,369,651 (Uniswap/docs
 *   docs/api/subgraph/subgraphs-devs/subgraph-configs.md, "NFT Position Manager Start Block").
 * - Arbitrum One: V3 factory 165, NonfungiblePositionManager 173 (an indexer's per-chain deployment
 *   table of the uni-v3 Factory / NonFungiblePositionManager).
 * - Base: V3 factory 1,371,680, NonfungiblePositionManager 1,371,714 (same table; the factory block
 *   also in a ponder docs example).
 * - Polygon: NonfungiblePositionManager 22,760,586 (Uniswap/docs subgraph-configs.md).
 * - Optimism: the V3 contracts predate the November 2021 regenesis and are in its genesis state:
 *   Uniswap/docs subgraph-configs.md gives start block 0. A genesis block has no transactions, so no
 *   logs: scans start at block 1, which loses nothing.
 *
 * Not verified, so set to a block that is provably not later (a safe bound: a longer first scan):
 * - The V3 staker on Ethereum, Arbitrum and Optimism: the NPM's block. The staker takes the NPM's
 *   address and only ever logs about NPM tokens, and it was published (Uniswap/v3-staker) after the
 *   V3 launch, so it cannot have logged anything before the NPM existed.
 * - The V2 factories of the L2s (Arbitrum, Base, Polygon, Optimism) and Polygon's V3 factory: V2 was
 *   deployed to these chains in 2023, long after their V3 factory; the V3 factory's block (Polygon's:
 *   22,700,000, ~60,000 blocks before its NPM, which the same deploy-v3 run deployed minutes after
 *   the factory) is used.
 */
const MAINNET: DeploymentBlocks = {
  v2Factory: 10_000_835n,
  v3Factory: 12_369_621n,
  nonfungiblePositionManager: 12_369_651n,
  v3Staker: 12_369_651n,
}
const ARBITRUM: DeploymentBlocks = {
  v2Factory: 165n,
  v3Factory: 165n,
  nonfungiblePositionManager: 173n,
  v3Staker: 173n,
}
const BASE: DeploymentBlocks = {
  v2Factory: 1_371_680n,
  v3Factory: 1_371_680n,
  nonfungiblePositionManager: 1_371_714n,
  v3Staker: undefined,
}
const POLYGON: DeploymentBlocks = {
  v2Factory: 22_700_000n,
  v3Factory: 22_700_000n,
  nonfungiblePositionManager: 22_760_586n,
  v3Staker: undefined,
}
const OPTIMISM: DeploymentBlocks = {
  v2Factory: 1n,
  v3Factory: 1n,
  nonfungiblePositionManager: 1n,
  v3Staker: 1n,
}

/** The real chains' deployment blocks, by chain id (a replica's come from the override). */
export const publicDeploymentBlocks: Readonly<Record<number, DeploymentBlocks>> = {
  [mainnet.id]: MAINNET,
  [arbitrum.id]: ARBITRUM,
  [base.id]: BASE,
  [polygon.id]: POLYGON,
  [optimism.id]: OPTIMISM,
}

/** Name of the build-time env var that overrides the deployment block of `chainId` (a fork, a replica). */
export function deploymentBlockEnvVarName(chainId: number): string {
  return `VITE_DEPLOYMENT_BLOCK_${chainId}`
}

/**
 * The build-time env: Vite's in the app and its tests; under plain Node (scripts, the bench, the devnet
 * replicas, which import the catalogue) there is none, and the process env stands in for it.
 */
function buildEnv(): Record<string, unknown> {
  const vite = (import.meta as { env?: Record<string, unknown> }).env
  return vite ?? (globalThis as { process?: { env: Record<string, unknown> } }).process?.env ?? {}
}

/**
 * The deployment-block override of `chainId` from the build-time env (`VITE_DEPLOYMENT_BLOCK_<chainId>`:
 * one block number, decimal or 0x-hex), for a fork or a chain replica whose contracts were placed at
 * another block. A value that is not a block number throws with the variable's name, so a typo is
 * never a silent scan from block 0.
 * @returns undefined when the variable is not set
 */
export function readDeploymentBlockOverride(
  chainId: number,
  env: Record<string, unknown> = buildEnv(),
): bigint | undefined {
  const name = deploymentBlockEnvVarName(chainId)
  const raw = env[name]
  if (raw === undefined || raw === null || raw === '') return undefined
  const text = String(raw).trim().replace(/_/g, '')
  if (!/^(?:\d+|0x[0-9a-f]+)$/i.test(text))
    throw new Error(`${name} must be one block number (e.g. 21000000), not "${String(raw)}".`)
  return BigInt(text)
}

/**
 * The deployment blocks of `chainId`: the override (every contract at that block) when set, else the
 * real chain's. Undefined on a chain without a record.
 */
export function deploymentBlocksOf(
  chainId: number,
  env: Record<string, unknown> = buildEnv(),
): DeploymentBlocks | undefined {
  const override = readDeploymentBlockOverride(chainId, env)
  const real = publicDeploymentBlocks[chainId]
  if (override === undefined) return real
  return {
    v2Factory: override,
    v3Factory: override,
    nonfungiblePositionManager: override,
    v3Staker: real === undefined || real.v3Staker !== undefined ? override : undefined,
  }
}

/** The earliest block any of the chain's contracts was deployed at: where position history scans start. */
export function earliestDeploymentBlock(blocks: DeploymentBlocks): bigint {
  const all = [blocks.v2Factory, blocks.v3Factory, blocks.nonfungiblePositionManager]
  if (blocks.v3Staker !== undefined) all.push(blocks.v3Staker)
  let earliest = blocks.v2Factory
  for (const block of all) if (block < earliest) earliest = block
  return earliest
}
