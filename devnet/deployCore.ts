import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { type Address, type Hex, stringToHex, zeroAddress } from 'viem'
import { testAddress } from './accounts.ts'
import { loadArtifact } from './artifacts.ts'
import type { ChainWriter } from './chainWriter.ts'
import { DAY_SEC } from './timeline.ts'
import { TOKEN_SPECS, type TokenKey, type TokenSpec, WETH_SPEC } from './tokenSpecs.ts'

/** Multicall3's canonical address on every chain. */
export const MULTICALL3_ADDRESS: Address = '0xcA11bde05977b3631167028862bE2a173976CA11'

export interface DeployedToken {
  spec: TokenSpec
  address: Address
}

export interface CoreContracts {
  multicall3: Address
  weth9: Address
  v2Factory: Address
  v2Router02: Address
  v3Factory: Address
  nonfungiblePositionManager: Address
  swapRouter: Address
  quoterV2: Address
  tickLens: Address
  v3Staker: Address
}

export interface CoreDeployment {
  contracts: CoreContracts
  tokens: Record<TokenKey, DeployedToken>
  deployer: Address
}

/**
 * Multicall3's creation code as viem ships it. viem does not export `multicall3Bytecode` from a public
 * entry point, so it is read from viem's constants module in node_modules.
 */
function viemMulticall3CreationCode(): Hex {
  const viemRoot = dirname(createRequire(import.meta.url).resolve('viem/package.json'))
  const source = readFileSync(join(viemRoot, '_esm', 'constants', 'contracts.js'), 'utf8')
  const match = /multicall3Bytecode\s*=\s*['"](0x[0-9a-fA-F]+)['"]/.exec(source)
  if (!match?.[1]) throw new Error('multicall3Bytecode not found in viem/_esm/constants/contracts.js')
  return match[1] as Hex
}

/**
 * Places Multicall3 at its canonical address: eth_call of the creation code viem ships returns the
 * runtime code, which anvil_setCode installs without a deployment transaction.
 */
export async function installMulticall3(writer: ChainWriter): Promise<Address> {
  const runtimeCode = await writer.rpc<Hex>('eth_call', [{ data: viemMulticall3CreationCode() }, 'latest'])
  await writer.rpc('anvil_setCode', [MULTICALL3_ADDRESS, runtimeCode])
  return MULTICALL3_ADDRESS
}

async function deployToken(writer: ChainWriter, deployer: Address, spec: TokenSpec): Promise<Address> {
  switch (spec.kind) {
    case 'bytes32-metadata':
      return writer.deploy(deployer, loadArtifact('Bytes32MetadataToken'), [
        stringToHex(spec.name, { size: 32 }),
        stringToHex(spec.symbol, { size: 32 }),
      ])
    case 'no-name':
      return writer.deploy(deployer, loadArtifact('NoNameToken'), [spec.symbol])
    case 'standard':
      return writer.deploy(deployer, loadArtifact('DevnetToken'), [spec.name, spec.symbol, spec.decimals])
  }
}

/**
 * Deploys Multicall3, WETH9, the test tokens, Uniswap V2 (factory, Router02), Uniswap V3 (factory with
 * the 0.01 % tier enabled, NPM, SwapRouter, QuoterV2, TickLens) and the V3 staker, in a fixed order so
 * the addresses are the same every run.
 */
export async function deployCore(writer: ChainWriter, deployerIndex: number): Promise<CoreDeployment> {
  const deployer = testAddress(deployerIndex)
  const multicall3 = await installMulticall3(writer)
  const weth9 = await writer.deploy(deployer, loadArtifact('WETH9'))

  const tokenEntries: [TokenKey, DeployedToken][] = [['WETH', { spec: WETH_SPEC, address: weth9 }]]
  for (const spec of TOKEN_SPECS) {
    tokenEntries.push([spec.key, { spec, address: await deployToken(writer, deployer, spec) }])
  }
  const tokens = Object.fromEntries(tokenEntries) as Record<TokenKey, DeployedToken>

  const v2Factory = await writer.deploy(deployer, loadArtifact('UniswapV2Factory'), [deployer])
  const v2Router02 = await writer.deploy(deployer, loadArtifact('UniswapV2Router02'), [v2Factory, weth9])

  const v3FactoryArtifact = loadArtifact('UniswapV3Factory')
  const v3Factory = await writer.deploy(deployer, v3FactoryArtifact)
  // The 0.01 % tier (tick spacing 1) is not enabled by the factory constructor.
  await writer.write({
    from: deployer,
    address: v3Factory,
    abi: v3FactoryArtifact.abi,
    functionName: 'enableFeeAmount',
    args: [100, 1],
  })
  // Token descriptor address(0): only tokenURI() reverts, which the app does not use.
  const nonfungiblePositionManager = await writer.deploy(
    deployer,
    loadArtifact('NonfungiblePositionManager'),
    [v3Factory, weth9, zeroAddress],
  )
  const swapRouter = await writer.deploy(deployer, loadArtifact('SwapRouter'), [v3Factory, weth9])
  const quoterV2 = await writer.deploy(deployer, loadArtifact('QuoterV2'), [v3Factory, weth9])
  const tickLens = await writer.deploy(deployer, loadArtifact('TickLens'))
  // Mainnet parameters: incentives may start up to 30 days ahead and last up to 2 years.
  const v3Staker = await writer.deploy(deployer, loadArtifact('UniswapV3Staker'), [
    v3Factory,
    nonfungiblePositionManager,
    30 * DAY_SEC,
    730 * DAY_SEC,
  ])

  return {
    deployer,
    tokens,
    contracts: {
      multicall3,
      weth9,
      v2Factory,
      v2Router02,
      v3Factory,
      nonfungiblePositionManager,
      swapRouter,
      quoterV2,
      tickLens,
      v3Staker,
    },
  }
}
