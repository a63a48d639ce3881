import type { Address, Client } from 'viem'
import { erc20Abi } from '../abi/erc20Abi.ts'
import { multicall3Abi } from '../abi/multicall3Abi.ts'
import { type BatchResult, call } from '../batch/batchCall.ts'
import { zipResults } from '../batch/batchResult.ts'
import { multicall3Of, readBatch } from '../batch/readBatch.ts'
import { blockCalls, toBlock } from './readBlock.ts'

/** The call of `holder`'s balance of an ERC20 token. */
export function erc20BalanceCall(token: Address, holder: Address) {
  return call(token, erc20Abi, 'balanceOf', [holder])
}

/** The call of what `owner` allows `spender` to take of an ERC20 token. */
export function erc20AllowanceCall(token: Address, owner: Address, spender: Address) {
  return call(token, erc20Abi, 'allowance', [owner, spender])
}

/** The call of an account's native (ETH) balance, through Multicall3 so it shares the batch's block. */
export function ethBalanceCall(multicall3: Address, account: Address) {
  return call(multicall3, multicall3Abi, 'getEthBalance', [account])
}

/** The calls of an account's ETH balance and its balance (and allowance to `spender`) of each token. */
export function accountBalancesCalls(parameters: {
  multicall3: Address
  account: Address
  tokens: readonly Address[]
  spender?: Address | undefined
}) {
  const { multicall3, account, tokens, spender } = parameters
  return {
    eth: ethBalanceCall(multicall3, account),
    tokens: tokens.map((token) => ({
      balance: erc20BalanceCall(token, account),
      allowance: spender ? [erc20AllowanceCall(token, account, spender)] : [],
    })),
  }
}

/** An account's balances, every amount in wei; keyed by lower-cased token address. */
export interface AccountBalances {
  ethBalanceWei: bigint
  balancesWei: Record<string, bigint>
  /** Empty when no spender was asked for. */
  allowancesWei: Record<string, bigint>
}

/** The results of `accountBalancesCalls`. */
export type AccountBalancesResults = {
  eth: BatchResult<bigint>
  tokens: { balance: BatchResult<bigint>; allowance: BatchResult<bigint>[] }[]
}

/**
 * Balances from `accountBalancesCalls` results; throws on the first failed read (a balance the
 * review cannot show is never taken as 0).
 */
export function toAccountBalances(
  tokens: readonly Address[],
  results: AccountBalancesResults,
): AccountBalances {
  if (!results.eth.ok) throw new Error(`ETH balance unavailable: ${results.eth.error}`)
  const balancesWei: Record<string, bigint> = {}
  const allowancesWei: Record<string, bigint> = {}
  for (const [token, entry] of zipResults(tokens, results.tokens)) {
    const key = token.toLowerCase()
    if (!entry.balance.ok) throw new Error(`balanceOf on ${token} unavailable: ${entry.balance.error}`)
    balancesWei[key] = entry.balance.value
    for (const allowance of entry.allowance) {
      if (!allowance.ok) throw new Error(`allowance on ${token} unavailable: ${allowance.error}`)
      allowancesWei[key] = allowance.value
    }
  }
  return { ethBalanceWei: results.eth.value, balancesWei, allowancesWei }
}

export interface ReadBalancesParameters {
  account: Address
  tokens: readonly Address[]
  /** Also read each token's allowance from `account` to `spender`. */
  spender?: Address | undefined
  multicall3?: Address | undefined
  blockNumber?: bigint | undefined
  signal?: AbortSignal | undefined
}

/**
 * An account's ETH and token balances (and allowances) in ONE eth_call, with the block read at.
 * @throws when any balance or allowance read failed
 */
export async function readBalances(
  client: Client,
  parameters: ReadBalancesParameters,
): Promise<AccountBalances & { blockNumber: bigint; timestamp: bigint }> {
  const multicall3 = multicall3Of(client, parameters.multicall3)
  const results = await readBatch(client, {
    multicall3,
    blockNumber: parameters.blockNumber,
    signal: parameters.signal,
    calls: { block: blockCalls(multicall3), balances: accountBalancesCalls({ ...parameters, multicall3 }) },
  })
  return { ...toBlock(results.block), ...toAccountBalances(parameters.tokens, results.balances) }
}
