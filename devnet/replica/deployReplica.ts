import { type Address, parseAbi, zeroAddress } from 'viem'
import { testAddress } from '../accounts.ts'
import { loadArtifact } from '../artifacts.ts'
import type { ChainWriter } from '../chainWriter.ts'
import {
  type CoreContracts,
  type CoreDeployment,
  type DeployedToken,
  installMulticall3,
} from '../deployCore.ts'
import { DAY_SEC } from '../timeline.ts'
import type { TokenKey, TokenSpec } from '../tokenSpecs.ts'
import { PERMIT2_ADDRESS, permit2RuntimeCode } from '../v4Deploy.ts'
import { loadReplicaArtifact } from './artifacts.ts'
import { placeAtCanonical } from './place.ts'
import { REPLICA_SPECS } from './shape.ts'
import { canonicalContracts, type ReplicaChain, type ReplicaTokenSpec, replicaTokenSpecs } from './specs.ts'

/** The canonical contracts a replica places: the devnet's set, with v3Staker only where the chain has one. */
export type ReplicaContracts = Omit<CoreContracts, 'v3Staker'> & { v3Staker?: Address }

export interface ReplicaCore {
  /** Canonical contracts, as the app ships them. */
  contracts: ReplicaContracts
  /**
   * The seed's view for the devnet's helpers: canonical contracts, except `swapRouter`, which is a
   * (v1) SwapRouter at a temporary address the seeded trades go through (the canonical address holds
   * SwapRouter02, whose ABI differs). v3Staker is the zero address where the chain has none.
   */
  seedCore: CoreDeployment
  tokens: ReplicaTokenSpec[]
}

/** UniswapV3Factory's runtime code holds NoDelegateCall's `original = address(this)` this many times. */
const V3_FACTORY_SELF_REFERENCES = 1

/** Deploys a token at a temporary address and moves it to its real address. */
async function placeToken(writer: ChainWriter, deployer: Address, spec: ReplicaTokenSpec): Promise<void> {
  switch (spec.kind) {
    case 'weth9': {
      const temporary = await writer.deploy(deployer, loadArtifact('WETH9'))
      await placeAtCanonical(writer, temporary, spec.address)
      return
    }
    case 'fiat-token': {
      // The implementation stays where it was deployed; the proxy (holding the balances) moves.
      const implementation = await writer.deploy(deployer, loadReplicaArtifact('FiatTokenLike'))
      const proxy = await writer.deploy(deployer, loadArtifact('SlotProxy'), [implementation])
      await placeAtCanonical(writer, proxy, spec.address)
      return
    }
    case 'usdt-like': {
      const temporary = await writer.deploy(deployer, loadArtifact('UsdtLikeToken'))
      await placeAtCanonical(writer, temporary, spec.address)
      return
    }
    case 'erc20': {
      const temporary = await writer.deploy(deployer, loadArtifact('DevnetToken'), [
        spec.name,
        spec.symbol,
        spec.decimals,
      ])
      await placeAtCanonical(writer, temporary, spec.address)
      return
    }
  }
}

const CHECK_ABI = parseAbi([
  'function owner() view returns (address)',
  'function feeAmountTickSpacing(uint24) view returns (int24)',
  'function factory() view returns (address)',
  'function WETH9() view returns (address)',
  'function WETH() view returns (address)',
  'function factoryV2() view returns (address)',
  'function positionManager() view returns (address)',
  'function nonfungiblePositionManager() view returns (address)',
  'function decimals() view returns (uint8)',
])

async function expectEqual(label: string, actual: unknown, expected: unknown): Promise<void> {
  const normalise = (value: unknown) => (typeof value === 'string' ? value.toLowerCase() : value)
  if (normalise(actual) !== normalise(expected))
    throw new Error(`replica check failed: ${label} is ${String(actual)}, expected ${String(expected)}`)
}

/** Reads back what the moves must have preserved: owners, fee tiers, immutables, token decimals. */
async function verifyPlacement(writer: ChainWriter, core: ReplicaCore, deployer: Address): Promise<void> {
  const c = core.contracts
  const read = <T>(address: Address, functionName: string, args: readonly unknown[] = []) =>
    writer.read<T>(address, CHECK_ABI, functionName, args)
  await expectEqual('V3 factory owner', await read(c.v3Factory, 'owner'), deployer)
  for (const [fee, spacing] of [
    [100, 1],
    [500, 10],
    [3000, 60],
    [10000, 200],
  ] as const)
    await expectEqual(
      `feeAmountTickSpacing(${fee})`,
      await read(c.v3Factory, 'feeAmountTickSpacing', [fee]),
      spacing,
    )
  await expectEqual('NPM.factory', await read(c.nonfungiblePositionManager, 'factory'), c.v3Factory)
  await expectEqual('NPM.WETH9', await read(c.nonfungiblePositionManager, 'WETH9'), c.weth9)
  await expectEqual('Router02.factory', await read(c.v2Router02, 'factory'), c.v2Factory)
  await expectEqual('Router02.WETH', await read(c.v2Router02, 'WETH'), c.weth9)
  await expectEqual('SwapRouter02.factory', await read(c.swapRouter, 'factory'), c.v3Factory)
  await expectEqual('SwapRouter02.factoryV2', await read(c.swapRouter, 'factoryV2'), c.v2Factory)
  await expectEqual(
    'SwapRouter02.positionManager',
    await read(c.swapRouter, 'positionManager'),
    c.nonfungiblePositionManager,
  )
  await expectEqual('QuoterV2.factory', await read(c.quoterV2, 'factory'), c.v3Factory)
  if (c.v3Staker) {
    await expectEqual('staker.factory', await read(c.v3Staker, 'factory'), c.v3Factory)
    await expectEqual(
      'staker.NPM',
      await read(c.v3Staker, 'nonfungiblePositionManager'),
      c.nonfungiblePositionManager,
    )
  }
  for (const token of core.tokens)
    await expectEqual(`${token.symbol}.decimals`, await read(token.address, 'decimals'), token.decimals)
}

/**
 * Places Multicall3, the chain's tokens, Uniswap V2 (factory, Router02), V3 (factory with the 0.01 %
 * tier, NPM, SwapRouter02, QuoterV2, TickLens) and the V3 staker (where the chain has one) at the
 * chain's canonical addresses, in a fixed order, then checks them.
 */
export async function deployReplicaCore(
  writer: ChainWriter,
  chain: ReplicaChain,
  deployerIndex: number,
): Promise<ReplicaCore> {
  const deployer = testAddress(deployerIndex)
  const canonical = canonicalContracts(chain)
  const tokens = replicaTokenSpecs(chain)
  const weth = tokens.find((token) => token.key === 'WETH')
  if (!weth) throw new Error(`${chain}: no WETH address`)

  const multicall3 = await installMulticall3(writer)
  if (multicall3.toLowerCase() !== canonical.multicall3.toLowerCase())
    throw new Error('Multicall3 address differs')
  for (const token of tokens) await placeToken(writer, deployer, token)
  // Permit2 at its canonical address, its cached EIP-712 separator for this chain (no storage to copy).
  await writer.rpc('anvil_setCode', [PERMIT2_ADDRESS, permit2RuntimeCode(REPLICA_SPECS[chain].chainId)])

  const place = async (
    artifact: Parameters<ChainWriter['deploy']>[1],
    args: readonly unknown[],
    at: Address,
  ) => placeAtCanonical(writer, await writer.deploy(deployer, artifact, args), at)

  const v2Factory = await place(loadArtifact('UniswapV2Factory'), [deployer], canonical.v2Factory)
  const v2Router02 = await place(
    loadArtifact('UniswapV2Router02'),
    [v2Factory, weth.address],
    canonical.v2Router02,
  )

  const v3FactoryArtifact = loadArtifact('UniswapV3Factory')
  const v3Factory = await placeAtCanonical(
    writer,
    await writer.deploy(deployer, v3FactoryArtifact),
    canonical.v3Factory,
    { selfReferences: V3_FACTORY_SELF_REFERENCES },
  )
  // The 0.01 % tier (tick spacing 1), enabled on every chain's real factory by governance.
  await writer.write({
    from: deployer,
    address: v3Factory,
    abi: v3FactoryArtifact.abi,
    functionName: 'enableFeeAmount',
    args: [100, 1],
  })
  // Token descriptor address(0): only tokenURI() reverts, which the app does not use.
  const nonfungiblePositionManager = await place(
    loadArtifact('NonfungiblePositionManager'),
    [v3Factory, weth.address, zeroAddress],
    canonical.nonfungiblePositionManager,
  )
  const swapRouter = await place(
    loadReplicaArtifact('SwapRouter02'),
    [v2Factory, v3Factory, nonfungiblePositionManager, weth.address],
    canonical.swapRouter,
  )
  const quoterV2 = await place(loadArtifact('QuoterV2'), [v3Factory, weth.address], canonical.quoterV2)
  const tickLens = await place(loadArtifact('TickLens'), [], canonical.tickLens)
  // Mainnet parameters: incentives may start up to 30 days ahead and last up to 2 years.
  const v3Staker = canonical.v3Staker
    ? await place(
        loadArtifact('UniswapV3Staker'),
        [v3Factory, nonfungiblePositionManager, 30 * DAY_SEC, 730 * DAY_SEC],
        canonical.v3Staker,
      )
    : undefined
  // The seeded trades use the v1 SwapRouter ABI: one at a temporary address, never in the deployments.
  const seedSwapRouter = await writer.deploy(deployer, loadArtifact('SwapRouter'), [v3Factory, weth.address])

  const contracts: ReplicaContracts = {
    multicall3,
    weth9: weth.address,
    v2Factory,
    v2Router02,
    v3Factory,
    nonfungiblePositionManager,
    swapRouter,
    quoterV2,
    tickLens,
    ...(v3Staker ? { v3Staker } : {}),
  }
  const seedTokens = Object.fromEntries(
    tokens.map((token): [string, DeployedToken] => [
      token.key,
      {
        address: token.address,
        spec: {
          key: token.key as TokenKey,
          kind: 'standard',
          name: token.name,
          symbol: token.symbol,
          decimals: token.decimals,
          initialPriceUsd: token.initialPriceUsd,
          tags: token.tags,
        } satisfies TokenSpec,
      },
    ]),
  ) as Record<TokenKey, DeployedToken>
  const core: ReplicaCore = {
    contracts,
    tokens,
    seedCore: {
      deployer,
      tokens: seedTokens,
      contracts: { ...contracts, swapRouter: seedSwapRouter, v3Staker: v3Staker ?? zeroAddress },
    },
  }
  await verifyPlacement(writer, core, deployer)
  return core
}
