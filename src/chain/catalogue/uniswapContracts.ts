import type { Address } from 'viem'
import { arbitrum, base, mainnet, optimism, polygon } from 'viem/chains'
import type { CatalogueContracts } from '../../domain/catalogue/types.ts'

const MULTICALL3: Address = '0xcA11bde05977b3631167028862bE2a173976CA11'
const V3_STAKER: Address = '0xe34139463bA50bD61336E0c446Bd8C0867c6fE65'
/** Permit2: one address on every chain (deployed with CREATE2). */
const PERMIT2: Address = '0x000000000022D473030F116dDEE9F6B43aC78BA3'

/*
 * Sources (checked): docs.uniswap.org v2 deployments table; Uniswap/v3-periphery deploys.md
 * (V3 core/periphery + SwapRouter02); Uniswap/v3-staker README (v1.0.2 staker lists Mainnet,
 * Arbitrum One, Optimism). Not verified: a canonical staker on Polygon or Base (left undefined).
 * V4 PositionManager, Universal Router (the V4 one, 2.0) and Permit2: docs.uniswap.org
 * contracts/v4/deployments (Uniswap/docs content/protocols/v4/deployments.mdx).
 */
const V3_SHARED = {
  v3Factory: '0x1F98431c8aD98523631AE4a59f267346ea31F984',
  nonfungiblePositionManager: '0xC36442b4a4522E871399CD717aBDD847Ab11FE88',
  swapRouter: '0x68b3465833fb72A70ecDF485E0e4C7bD8665Fc45',
  quoterV2: '0x61fFE014bA17989E743c5F6cB21bF9697530B21e',
  tickLens: '0xbfd8137f7d1516D3ea5cA83523914859ec47F573',
} as const satisfies Partial<CatalogueContracts>

/** The canonical Uniswap contracts of each public chain Poolscope supports (the devnet's: its deployments). */
export const publicUniswapContracts = {
  [mainnet.id]: {
    ...V3_SHARED,
    v2Factory: '0x5C69bEe701ef814a2B6a3EDD4B1652CB9cc5aA6f',
    v2Router02: '0x7a250d5630B4cF539739dF2C5dAcb4c659F2488D',
    v3Staker: V3_STAKER,
    permit2: PERMIT2,
    v4PositionManager: '0xbD216513d74C8cf14cf4747E6AaA6420FF64ee9e',
    universalRouter: '0x66a9893cC07D91D95644AEDD05D03f95e1dBA8Af',
    multicall3: MULTICALL3,
  },
  [arbitrum.id]: {
    ...V3_SHARED,
    v2Factory: '0xf1D7CC64Fb4452F05c498126312eBE29f30Fbcf9',
    v2Router02: '0x4752ba5DBc23f44D87826276BF6Fd6b1C372aD24',
    v3Staker: V3_STAKER,
    permit2: PERMIT2,
    v4PositionManager: '0xd88F38F930b7952f2DB2432Cb002E7abbF3dD869',
    universalRouter: '0xA51afAFe0263b40EdaEf0Df8781eA9aa03E381a3',
    multicall3: MULTICALL3,
  },
  [optimism.id]: {
    ...V3_SHARED,
    v2Factory: '0x0c3c1c532F1e39EdF36BE9Fe0bE1410313E074Bf',
    v2Router02: '0x4A7b5Da61326A6379179b40d00F57E5bbDC962c2',
    v3Staker: V3_STAKER,
    permit2: PERMIT2,
    v4PositionManager: '0x3C3Ea4B57a46241e54610e5f022E5c45859A1017',
    universalRouter: '0x851116D9223fabED8E56C0E6b8Ad0c31d98B3507',
    multicall3: MULTICALL3,
  },
  [polygon.id]: {
    ...V3_SHARED,
    v2Factory: '0x9e5A52f57b3038F1B8EeE45F28b3C1967e22799C',
    v2Router02: '0xedf6066a2b290C185783862C7F4776A2C8077AD1',
    v3Staker: undefined,
    permit2: PERMIT2,
    v4PositionManager: '0x1Ec2eBf4F37E7363FDfe3551602425af0B3ceef9',
    universalRouter: '0x1095692A6237d83C6a72F3F5eFEdb9A670C49223',
    multicall3: MULTICALL3,
  },
  [base.id]: {
    v2Factory: '0x8909Dc15e40173Ff4699343b6eB8132c65e18eC6',
    v2Router02: '0x4752ba5DBc23f44D87826276BF6Fd6b1C372aD24',
    v3Factory: '0x33128a8fC17869897dcE68Ed026d694621f6FDfD',
    nonfungiblePositionManager: '0x03a520b32C04BF3bEEf7BEb72E919cf822Ed34f1',
    swapRouter: '0x2626664c2603336E57B271c5C0b26F421741e481',
    quoterV2: '0x3d4e44Eb1374240CE5F1B871ab261CD16335B76a',
    tickLens: '0x0CdeE061c75D43c82520eD998C23ac2991c9ac6d',
    v3Staker: undefined,
    permit2: PERMIT2,
    v4PositionManager: '0x7C5f5A4bBd8fD63184577525326123B519429bDc',
    universalRouter: '0x6fF5693b99212Da76ad316178A184AB56D299b43',
    multicall3: MULTICALL3,
  },
} as const satisfies Record<number, CatalogueContracts>
