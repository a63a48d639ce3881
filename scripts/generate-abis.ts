// `npm run generate:abis`: writes src/chain/abi/<name>.ts, one `as const` ABI per contract, from the contract
// artifacts of the @uniswap/* packages in devDependencies (the same artifacts the devnet deploys) and, for
// ERC-20 and Multicall3, from viem's exports. scripts/generate-abis.test.ts checks that regenerating gives
// byte-identical files, so the committed ABIs cannot drift from the artifacts.
import { spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { erc20Abi, erc20Abi_bytes32, multicall3Abi } from 'viem'

const require = createRequire(import.meta.url)
const root = join(dirname(fileURLToPath(import.meta.url)), '..')

/** Where the generated files go. */
export const ABI_DIR = 'src/chain/abi'

/** The first line of every generated file. */
export const GENERATED_HEADER =
  '// generated — do not edit (scripts/generate-abis.ts, `npm run generate:abis`)'

interface ArtifactSource {
  /** The exported const, and the file name (`<name>.ts`). */
  name: string
  contract: string
  packageName: string
  /** The artifact inside the package. */
  path: string
}

/** The contracts Poolscope reads and writes, from the artifacts the devnet deploys. */
export const ARTIFACT_SOURCES: readonly ArtifactSource[] = [
  {
    name: 'uniswapV2PairAbi',
    contract: 'UniswapV2Pair',
    packageName: '@uniswap/v2-core',
    path: 'build/UniswapV2Pair.json',
  },
  {
    name: 'uniswapV2FactoryAbi',
    contract: 'UniswapV2Factory',
    packageName: '@uniswap/v2-core',
    path: 'build/UniswapV2Factory.json',
  },
  {
    name: 'uniswapV2Router02Abi',
    contract: 'UniswapV2Router02',
    packageName: '@uniswap/v2-periphery',
    path: 'build/UniswapV2Router02.json',
  },
  {
    name: 'uniswapV3PoolAbi',
    contract: 'UniswapV3Pool',
    packageName: '@uniswap/v3-core',
    path: 'artifacts/contracts/UniswapV3Pool.sol/UniswapV3Pool.json',
  },
  {
    name: 'uniswapV3FactoryAbi',
    contract: 'UniswapV3Factory',
    packageName: '@uniswap/v3-core',
    path: 'artifacts/contracts/UniswapV3Factory.sol/UniswapV3Factory.json',
  },
  {
    name: 'nonfungiblePositionManagerAbi',
    contract: 'NonfungiblePositionManager',
    packageName: '@uniswap/v3-periphery',
    path: 'artifacts/contracts/NonfungiblePositionManager.sol/NonfungiblePositionManager.json',
  },
  {
    name: 'tickLensAbi',
    contract: 'TickLens',
    packageName: '@uniswap/v3-periphery',
    path: 'artifacts/contracts/lens/TickLens.sol/TickLens.json',
  },
  {
    name: 'uniswapV3StakerAbi',
    contract: 'UniswapV3Staker',
    packageName: '@uniswap/v3-staker',
    path: 'artifacts/contracts/UniswapV3Staker.sol/UniswapV3Staker.json',
  },
  {
    name: 'poolManagerAbi',
    contract: 'PoolManager',
    packageName: '@uniswap/v4-core',
    path: 'out/PoolManager.sol/PoolManager.json',
  },
  {
    name: 'stateViewAbi',
    contract: 'StateView',
    packageName: '@uniswap/v4-periphery',
    path: 'foundry-out/StateView.sol/StateView.json',
  },
  {
    name: 'positionManagerAbi',
    contract: 'PositionManager',
    packageName: '@uniswap/v4-periphery',
    path: 'foundry-out/PositionManager.sol/PositionManager.json',
  },
  {
    // Permit2 ships no artifact of its own; its AllowanceTransfer interface (allowance, approve, …) does.
    name: 'permit2Abi',
    contract: 'Permit2 (IAllowanceTransfer)',
    packageName: '@uniswap/v4-periphery',
    path: 'foundry-out/IAllowanceTransfer.sol/IAllowanceTransfer.default.json',
  },
  {
    name: 'stakingRewardsAbi',
    contract: 'StakingRewards',
    packageName: '@uniswap/liquidity-staker',
    path: 'build/StakingRewards.json',
  },
]

/**
 * Multicall3's `getBlockNumber()` (Multicall3.sol, deployed at 0xcA11…CA11 on every chain). viem's
 * `multicall3Abi` is a subset without it, and no installed package ships a Multicall3 artifact, so this one
 * item is written here; its selector is checked against the deployed contract by the integration tests
 * that pin reads to a block (readPositionsState, readPoolsState).
 */
const MULTICALL3_GET_BLOCK_NUMBER = {
  inputs: [],
  name: 'getBlockNumber',
  outputs: [{ name: 'blockNumber', type: 'uint256' }],
  stateMutability: 'view',
  type: 'function',
} as const

interface ViemSource {
  name: string
  description: string
  abi: readonly object[]
}

const viemVersion = (require('viem/package.json') as { version: string }).version

/** ERC-20 (string and bytes32 metadata) and Multicall3 from viem's exports. */
export const VIEM_SOURCES: readonly ViemSource[] = [
  { name: 'erc20Abi', description: `ERC-20, viem@${viemVersion} \`erc20Abi\``, abi: erc20Abi },
  {
    name: 'erc20Bytes32Abi',
    description: `ERC-20 with bytes32 \`name\`/\`symbol\` (old tokens: MKR, SAI), viem@${viemVersion} \`erc20Abi_bytes32\``,
    abi: erc20Abi_bytes32,
  },
  {
    name: 'multicall3Abi',
    description: `Multicall3, viem@${viemVersion} \`multicall3Abi\` plus \`getBlockNumber\` (scripts/generate-abis.ts)`,
    abi: [...multicall3Abi, MULTICALL3_GET_BLOCK_NUMBER],
  },
]

/**
 * Drops the fields viem never reads: `internalType` (Solidity type names) and the pre-0.5 `constant`/`payable`
 * flags (every artifact here also has `stateMutability`). Keeps the order of items and keys.
 */
function stripAbi(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripAbi)
  if (value === null || typeof value !== 'object') return value
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== 'internalType' && key !== 'constant' && key !== 'payable')
      .map(([key, v]) => [key, stripAbi(v)]),
  )
}

/** Formats TypeScript source with the repo's Biome settings (so the files pass `biome check`). */
function formatWithBiome(path: string, source: string): string {
  const result = spawnSync(join(root, 'node_modules/.bin/biome'), ['format', `--stdin-file-path=${path}`], {
    cwd: root,
    input: source,
    encoding: 'utf8',
  })
  if (result.status !== 0) throw new Error(`biome format ${path} failed: ${result.stderr}`)
  return result.stdout
}

function renderFile(name: string, description: string, abi: unknown): string {
  const source = [
    GENERATED_HEADER,
    '',
    `/** ${description}. */`,
    `export const ${name} = ${JSON.stringify(stripAbi(abi))} as const`,
    '',
  ].join('\n')
  return formatWithBiome(`${ABI_DIR}/${name}.ts`, source)
}

/** Every generated file: path (relative to the repo) → content. */
export function renderAbiFiles(): Map<string, string> {
  const files = new Map<string, string>()
  for (const source of ARTIFACT_SOURCES) {
    const version = (require(`${source.packageName}/package.json`) as { version: string }).version
    const artifact = JSON.parse(
      readFileSync(require.resolve(`${source.packageName}/${source.path}`), 'utf8'),
    ) as {
      abi: unknown
    }
    const description = `${source.contract}, ${source.packageName}@${version} \`${source.path}\``
    files.set(`${ABI_DIR}/${source.name}.ts`, renderFile(source.name, description, artifact.abi))
  }
  for (const source of VIEM_SOURCES) {
    files.set(`${ABI_DIR}/${source.name}.ts`, renderFile(source.name, source.description, source.abi))
  }
  return files
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const [path, content] of renderAbiFiles()) {
    writeFileSync(join(root, path), content)
    console.log(`[generate-abis] wrote ${path}`)
  }
}
