import { type Abi, type Address, erc20Abi, maxUint256, parseAbi } from 'viem'
import { loadArtifact } from './artifacts.ts'
import type { ChainWriter } from './chainWriter.ts'
import type { CoreDeployment } from './deployCore.ts'
import type { V2PairSpec, V3PoolSpec } from './markets.ts'
import type { TokenKey } from './tokenSpecs.ts'

/** A created V3 pool with its tokens in on-chain order. */
export interface SeededV3Pool {
  spec: V3PoolSpec
  address: Address
  token0: TokenKey
  token1: TokenKey
  fee: number
  tickSpacing: number
}

export interface SeededV2Pair {
  spec: V2PairSpec
  address: Address
  token0: TokenKey
  token1: TokenKey
}

/** Everything the seeding steps share: the chain, the deployment and the market's current USD prices. */
export interface SeedContext {
  writer: ChainWriter
  core: CoreDeployment
  /** Current "market" USD price per whole token; the walk moves it, arbitrage trades follow it. */
  pricesUsd: Record<TokenKey, number>
  v3Pools: SeededV3Pool[]
  v2Pairs: SeededV2Pair[]
}

export const ABIS = {
  erc20: erc20Abi as Abi,
  mintable: parseAbi(['function mint(address to, uint256 amount)']) as Abi,
  weth9: loadArtifact('WETH9').abi,
  v2Factory: loadArtifact('UniswapV2Factory').abi,
  v2Pair: loadArtifact('UniswapV2Pair').abi,
  v2Router02: loadArtifact('UniswapV2Router02').abi,
  v3Factory: loadArtifact('UniswapV3Factory').abi,
  v3Pool: loadArtifact('UniswapV3Pool').abi,
  npm: loadArtifact('NonfungiblePositionManager').abi,
  swapRouter: loadArtifact('SwapRouter').abi,
  v3Staker: loadArtifact('UniswapV3Staker').abi,
  stakingRewards: loadArtifact('StakingRewards').abi,
}

/** Far-future deadline for router calls (year 2100). */
export const DEADLINE = 4_102_444_800n

export const MAX_UINT128 = 2n ** 128n - 1n

/** Token address by key. */
export function tokenAddress(ctx: SeedContext, key: TokenKey): Address {
  return ctx.core.tokens[key].address
}

export function tokenDecimals(ctx: SeedContext, key: TokenKey): number {
  return ctx.core.tokens[key].spec.decimals
}

/**
 * Gives `account` `amountRaw` of a token: WETH is wrapped from (topped-up) ETH, other tokens use the
 * devnet faucet mint.
 */
export async function fundToken(
  ctx: SeedContext,
  account: Address,
  key: TokenKey,
  amountRaw: bigint,
): Promise<void> {
  const { writer } = ctx
  if (key === 'WETH') {
    await writer.write({
      from: account,
      address: tokenAddress(ctx, 'WETH'),
      abi: ABIS.weth9,
      functionName: 'deposit',
      valueWei: amountRaw,
    })
    return
  }
  await writer.write({
    from: account,
    address: tokenAddress(ctx, key),
    abi: ABIS.mintable,
    functionName: 'mint',
    args: [account, amountRaw],
  })
}

/** Unlimited approval of `spender` for each token. */
export async function approveAll(
  ctx: SeedContext,
  owner: Address,
  keys: readonly TokenKey[],
  spender: Address,
): Promise<void> {
  for (const key of keys) {
    await ctx.writer.write({
      from: owner,
      address: tokenAddress(ctx, key),
      abi: ABIS.erc20,
      functionName: 'approve',
      args: [spender, maxUint256],
    })
  }
}

/** Sets an account's ETH balance (anvil cheat), e.g. so LPs and traders can wrap plenty of WETH. */
export async function setEthBalance(ctx: SeedContext, account: Address, balanceWei: bigint): Promise<void> {
  await ctx.writer.rpc('anvil_setBalance', [account, `0x${balanceWei.toString(16)}`])
}
