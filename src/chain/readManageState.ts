import { type Address, type Client, erc20Abi } from 'viem'
import { getBalance, getBlock, multicall } from 'viem/actions'
import { nonfungiblePositionManagerAbi } from './abi/nonfungiblePositionManagerAbi.ts'
import { stakingRewardsAbi } from './abi/stakingRewardsAbi.ts'
import { uniswapV3PoolAbi } from './abi/uniswapV3PoolAbi.ts'
import { readV2PairState, type V2PairState } from './readV2PairState.ts'

/** What a Manage action's review needs read from the chain. */
export type ReadManageStateParameters = {
  owner: Address
  /** ERC20 tokens whose balance (and allowance to `spender`) the action depends on. */
  tokens: readonly Address[]
  /** Who the action's approvals would be for (NPM, Router02…). */
  spender?: Address | undefined
  v3?: { npm: Address; pool: Address; tokenId: bigint } | undefined
  v2?: { pair: Address; token0: Address; token1: Address } | undefined
  farm?: Address | undefined
}

/** A V3 position's current state on chain. */
export type V3ManageState = {
  sqrtPriceX96: bigint
  tick: number
  liquidity: bigint
  tokensOwed0: bigint
  tokensOwed1: bigint
}

/** The chain state a Manage review is computed from, all at one block. */
export type ManageState = {
  blockNumber: bigint
  /** Chain time of that block: the deadline is counted from it. */
  blockTimestamp: bigint
  /** Keyed by lower-cased token address. */
  balancesWei: Readonly<Record<string, bigint>>
  allowancesWei: Readonly<Record<string, bigint>>
  ethBalanceWei: bigint
  v3?: V3ManageState
  v2?: V2PairState
  farm?: { stakedWei: bigint; earnedWei: bigint }
}

/**
 * Reads, at the latest block, the owner's balances and allowances of the action's tokens and the
 * position's own state (V3 pool price and liquidity, V2 pair with its fee switch, farm stake).
 */
export async function readManageState(
  client: Client,
  parameters: ReadManageStateParameters,
): Promise<ManageState> {
  const { owner, tokens, spender } = parameters
  const block = await getBlock(client, { blockTag: 'latest' })
  const blockNumber = block.number
  const tokenCalls = tokens.flatMap((token) => [
    { address: token, abi: erc20Abi, functionName: 'balanceOf', args: [owner] } as const,
    ...(spender
      ? [{ address: token, abi: erc20Abi, functionName: 'allowance', args: [owner, spender] } as const]
      : []),
  ])
  const tokenResults = (await multicall(client, {
    contracts: tokenCalls,
    allowFailure: false,
    blockNumber,
  })) as bigint[]
  const balancesWei: Record<string, bigint> = {}
  const allowancesWei: Record<string, bigint> = {}
  const stride = spender ? 2 : 1
  tokens.forEach((token, i) => {
    balancesWei[token.toLowerCase()] = tokenResults[i * stride] as bigint
    if (spender) allowancesWei[token.toLowerCase()] = tokenResults[i * stride + 1] as bigint
  })
  const state: ManageState = {
    blockNumber,
    blockTimestamp: block.timestamp,
    balancesWei,
    allowancesWei,
    ethBalanceWei: await getBalance(client, { address: owner, blockNumber }),
  }
  if (parameters.v3) {
    const { npm, pool, tokenId } = parameters.v3
    const [slot0, position] = await multicall(client, {
      contracts: [
        { address: pool, abi: uniswapV3PoolAbi, functionName: 'slot0' },
        { address: npm, abi: nonfungiblePositionManagerAbi, functionName: 'positions', args: [tokenId] },
      ],
      allowFailure: false,
      blockNumber,
    })
    state.v3 = {
      sqrtPriceX96: slot0[0],
      tick: slot0[1],
      liquidity: position[7],
      tokensOwed0: position[10],
      tokensOwed1: position[11],
    }
  }
  if (parameters.v2) state.v2 = await readV2PairState(client, { ...parameters.v2, blockNumber })
  if (parameters.farm) {
    const [stakedWei, earnedWei] = await multicall(client, {
      contracts: [
        { address: parameters.farm, abi: stakingRewardsAbi, functionName: 'balanceOf', args: [owner] },
        { address: parameters.farm, abi: stakingRewardsAbi, functionName: 'earned', args: [owner] },
      ],
      allowFailure: false,
      blockNumber,
    })
    state.farm = { stakedWei, earnedWei }
  }
  return state
}
