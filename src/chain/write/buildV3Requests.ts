import {
  type Address,
  decodeFunctionData,
  encodeAbiParameters,
  encodeFunctionData,
  type Hex,
  zeroAddress,
} from 'viem'
import { MAX_UINT128 } from '../../math/index.ts'
import type { TxRequest } from './txRequest.ts'
import { npmWriteAbi, v3StakerWriteAbi } from './writeAbis.ts'

/** Which pool token the user pays or receives as native ETH (that token must be WETH). */
export type NativeSide = 'token0' | 'token1' | undefined

export type V3MintParameters = {
  npm: Address
  token0: Address
  token1: Address
  fee: number
  tickLower: number
  tickUpper: number
  amount0DesiredWei: bigint
  amount1DesiredWei: bigint
  amount0MinWei: bigint
  amount1MinWei: bigint
  recipient: Address
  /** Unix seconds, from chain time. */
  deadline: bigint
  /** Pay the WETH side in ETH: the NPM wraps it, refundETH returns the unused part in the same tx. */
  nativeSide?: NativeSide
  /** Pool missing: create and initialize it at this price in the same multicall. */
  initializeSqrtPriceX96?: bigint | undefined
}

/**
 * NonfungiblePositionManager.mint as one transaction; with ETH or pool creation it becomes an NPM
 * multicall ([createAndInitializePoolIfNecessary], mint, [refundETH]).
 */
export function buildV3MintRequest(parameters: V3MintParameters): TxRequest {
  const { npm, nativeSide, initializeSqrtPriceX96, ...mint } = parameters
  const mintData = encodeFunctionData({
    abi: npmWriteAbi,
    functionName: 'mint',
    args: [
      {
        token0: mint.token0,
        token1: mint.token1,
        fee: mint.fee,
        tickLower: mint.tickLower,
        tickUpper: mint.tickUpper,
        amount0Desired: mint.amount0DesiredWei,
        amount1Desired: mint.amount1DesiredWei,
        amount0Min: mint.amount0MinWei,
        amount1Min: mint.amount1MinWei,
        recipient: mint.recipient,
        deadline: mint.deadline,
      },
    ],
  })
  const valueWei = nativeValue(nativeSide, mint.amount0DesiredWei, mint.amount1DesiredWei)
  const calls: Hex[] = []
  if (initializeSqrtPriceX96 !== undefined)
    calls.push(
      encodeFunctionData({
        abi: npmWriteAbi,
        functionName: 'createAndInitializePoolIfNecessary',
        args: [mint.token0, mint.token1, mint.fee, initializeSqrtPriceX96],
      }),
    )
  calls.push(mintData)
  if (valueWei > 0n) calls.push(encodeFunctionData({ abi: npmWriteAbi, functionName: 'refundETH' }))
  return npmCall('mint', 'Add liquidity (mint the position)', npm, calls, valueWei)
}

/** NPM.increaseLiquidity on an existing position (ETH via multicall + refundETH). */
export function buildV3IncreaseRequest(parameters: {
  npm: Address
  tokenId: bigint
  amount0DesiredWei: bigint
  amount1DesiredWei: bigint
  amount0MinWei: bigint
  amount1MinWei: bigint
  deadline: bigint
  nativeSide?: NativeSide
}): TxRequest {
  const { npm, tokenId, nativeSide, deadline } = parameters
  const data = encodeFunctionData({
    abi: npmWriteAbi,
    functionName: 'increaseLiquidity',
    args: [
      {
        tokenId,
        amount0Desired: parameters.amount0DesiredWei,
        amount1Desired: parameters.amount1DesiredWei,
        amount0Min: parameters.amount0MinWei,
        amount1Min: parameters.amount1MinWei,
        deadline,
      },
    ],
  })
  const valueWei = nativeValue(nativeSide, parameters.amount0DesiredWei, parameters.amount1DesiredWei)
  const calls: Hex[] = [data]
  if (valueWei > 0n) calls.push(encodeFunctionData({ abi: npmWriteAbi, functionName: 'refundETH' }))
  return npmCall('increase', `Increase liquidity of #${tokenId}`, npm, calls, valueWei)
}

/**
 * Remove `liquidity` and collect everything owed (the removed amounts plus fees) in ONE NPM multicall.
 * With `nativeSide` the WETH side is collected to the NPM, unwrapped to ETH and the other token swept.
 * With liquidity 0 it is a plain "collect fees". With `burn` the emptied NFT is burned last (a close:
 * the NPM's burn requires 0 liquidity and nothing owed, which the decrease-all + collect(max) leave).
 */
export function buildV3RemoveAndCollectRequest(parameters: {
  npm: Address
  tokenId: bigint
  liquidity: bigint
  amount0MinWei: bigint
  amount1MinWei: bigint
  deadline: bigint
  recipient: Address
  token0: Address
  token1: Address
  nativeSide?: NativeSide
  label: string
  kind: string
  burn?: boolean
}): TxRequest {
  const { npm, tokenId, liquidity, recipient, nativeSide } = parameters
  const calls: Hex[] = []
  if (liquidity > 0n)
    calls.push(
      encodeFunctionData({
        abi: npmWriteAbi,
        functionName: 'decreaseLiquidity',
        args: [
          {
            tokenId,
            liquidity,
            amount0Min: parameters.amount0MinWei,
            amount1Min: parameters.amount1MinWei,
            deadline: parameters.deadline,
          },
        ],
      }),
    )
  // The NPM treats recipient address(0) as itself: it then holds the tokens for unwrap/sweep.
  calls.push(
    encodeFunctionData({
      abi: npmWriteAbi,
      functionName: 'collect',
      args: [
        {
          tokenId,
          recipient: nativeSide ? zeroAddress : recipient,
          amount0Max: MAX_UINT128,
          amount1Max: MAX_UINT128,
        },
      ],
    }),
  )
  if (nativeSide) {
    const other = nativeSide === 'token0' ? parameters.token1 : parameters.token0
    calls.push(encodeFunctionData({ abi: npmWriteAbi, functionName: 'unwrapWETH9', args: [0n, recipient] }))
    calls.push(
      encodeFunctionData({ abi: npmWriteAbi, functionName: 'sweepToken', args: [other, 0n, recipient] }),
    )
  }
  if (parameters.burn)
    calls.push(encodeFunctionData({ abi: npmWriteAbi, functionName: 'burn', args: [tokenId] }))
  return npmCall(parameters.kind, parameters.label, npm, calls, 0n)
}

/** The V3 staker's incentive key (as the contract hashes it). */
export type IncentiveKey = {
  rewardToken: Address
  pool: Address
  startTime: bigint
  endTime: bigint
  refundee: Address
}

/** Deposit + stake in one tx: NPM.safeTransferFrom(owner, staker, tokenId, abi.encode(key)). */
export function buildV3StakeRequest(parameters: {
  npm: Address
  staker: Address
  owner: Address
  tokenId: bigint
  key: IncentiveKey
}): TxRequest {
  const { npm, staker, owner, tokenId, key } = parameters
  const keyData = encodeAbiParameters(
    [
      {
        type: 'tuple',
        components: [
          { name: 'rewardToken', type: 'address' },
          { name: 'pool', type: 'address' },
          { name: 'startTime', type: 'uint256' },
          { name: 'endTime', type: 'uint256' },
          { name: 'refundee', type: 'address' },
        ],
      },
    ],
    [key],
  )
  return {
    kind: 'stake-v3',
    label: `Stake position #${tokenId} in the V3 incentive`,
    to: npm,
    data: encodeFunctionData({
      abi: npmWriteAbi,
      functionName: 'safeTransferFrom',
      args: [owner, staker, tokenId, keyData],
    }),
    valueWei: 0n,
    abi: npmWriteAbi,
    functionName: 'safeTransferFrom',
  }
}

/**
 * Unstake, claim all rewards (amountRequested 0 = everything) and withdraw the NFT back, in one staker
 * multicall. With `withdraw: false` only unstake + claim (the NFT stays deposited).
 */
export function buildV3UnstakeRequest(parameters: {
  staker: Address
  tokenId: bigint
  key: IncentiveKey
  to: Address
  withdraw: boolean
}): TxRequest {
  const { staker, tokenId, key, to, withdraw } = parameters
  const calls: Hex[] = [
    encodeFunctionData({ abi: v3StakerWriteAbi, functionName: 'unstakeToken', args: [key, tokenId] }),
    encodeFunctionData({
      abi: v3StakerWriteAbi,
      functionName: 'claimReward',
      args: [key.rewardToken, to, 0n],
    }),
  ]
  if (withdraw)
    calls.push(
      encodeFunctionData({ abi: v3StakerWriteAbi, functionName: 'withdrawToken', args: [tokenId, to, '0x'] }),
    )
  return {
    kind: 'unstake-v3',
    label: withdraw
      ? `Unstake #${tokenId}, claim rewards, withdraw the NFT`
      : `Unstake #${tokenId} and claim rewards`,
    to: staker,
    data: encodeFunctionData({ abi: v3StakerWriteAbi, functionName: 'multicall', args: [calls] }),
    valueWei: 0n,
    abi: v3StakerWriteAbi,
    functionName: 'multicall',
  }
}

function nativeValue(nativeSide: NativeSide, amount0Wei: bigint, amount1Wei: bigint): bigint {
  if (nativeSide === 'token0') return amount0Wei
  if (nativeSide === 'token1') return amount1Wei
  return 0n
}

/** A single NPM call stays a direct call (clearer in wallets); several become a multicall. */
function npmCall(kind: string, label: string, npm: Address, calls: Hex[], valueWei: bigint): TxRequest {
  const [only] = calls
  if (calls.length === 1 && only)
    return {
      kind,
      label,
      to: npm,
      data: only,
      valueWei,
      abi: npmWriteAbi,
      functionName: decodeFunctionData({ abi: npmWriteAbi, data: only }).functionName,
    }
  return {
    kind,
    label,
    to: npm,
    data: encodeFunctionData({ abi: npmWriteAbi, functionName: 'multicall', args: [calls] }),
    valueWei,
    abi: npmWriteAbi,
    functionName: 'multicall',
  }
}
