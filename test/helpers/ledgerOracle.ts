import { type Address, createPublicClient, type Hex, http, parseAbiItem } from 'viem'
import type { Deployments } from '../../src/domain/catalogue/types.ts'

const lower = (value: string) => value.toLowerCase()
const transferEvent = parseAbiItem('event Transfer(address indexed from, address indexed to, uint256 value)')
const withdrawalEvent = parseAbiItem('event Withdrawal(address indexed src, uint256 wad)')

/**
 * The chain's own totals for `account`, from raw logs only (no app code): per ERC-20 of the devnet
 * (V2 LP tokens aside: they are positions), the Transfer logs between the account and the LP contracts
 * (V2 pairs, V3 pools, NPM, routers, farms, the staker), plus native ETH: minus the value of the
 * account's transactions to LP contracts, plus the WETH Withdrawals by LP contracts in those
 * transactions (counted under WETH: the ledger states amounts in WETH). Zero totals are left out.
 * @returns lowercase token address → signed wei
 */
export async function ledgerChainOracle(
  rpcUrl: string,
  deployments: Deployments,
  account: Address,
): Promise<Map<string, bigint>> {
  const client = createPublicClient({ transport: http(rpcUrl), cacheTime: 0 })
  const c = deployments.contracts
  const lpContracts = new Set(
    [
      ...deployments.v2Pairs.map((p) => p.address),
      ...deployments.v3Pools.map((p) => p.address),
      ...deployments.stakingRewards.map((f) => f.address),
      c.nonfungiblePositionManager,
      c.v2Router02,
      c.swapRouter,
      c.v3Staker,
    ].map(lower),
  )
  const lpTokens = new Set(deployments.v2Pairs.map((p) => lower(p.address)))
  const tokens = deployments.tokens.map((t) => t.address).filter((t) => !lpTokens.has(lower(t)))
  const [sent, received] = await Promise.all([
    client.getLogs({ address: tokens, event: transferEvent, args: { from: account }, fromBlock: 0n }),
    client.getLogs({ address: tokens, event: transferEvent, args: { to: account }, fromBlock: 0n }),
  ])
  const totals = new Map<string, bigint>()
  const add = (token: string, value: bigint) =>
    totals.set(lower(token), (totals.get(lower(token)) ?? 0n) + value)
  const txs = new Set<Hex>()
  for (const log of sent)
    if (lpContracts.has(lower(log.args.to as string))) {
      add(log.address, -(log.args.value as bigint))
      txs.add(log.transactionHash)
    }
  for (const log of received)
    if (lpContracts.has(lower(log.args.from as string))) {
      add(log.address, log.args.value as bigint)
      txs.add(log.transactionHash)
    }
  const withdrawals = await client.getLogs({ address: c.weth9, event: withdrawalEvent, fromBlock: 0n })
  for (const tx of txs) {
    const transaction = await client.getTransaction({ hash: tx })
    if (
      lower(transaction.from) !== lower(account) ||
      !transaction.to ||
      !lpContracts.has(lower(transaction.to))
    )
      continue
    if (transaction.value > 0n) add(c.weth9, -transaction.value)
    for (const w of withdrawals)
      if (w.transactionHash === tx && lpContracts.has(lower(w.args.src as string)))
        add(c.weth9, w.args.wad as bigint)
  }
  for (const [token, value] of totals) if (value === 0n) totals.delete(token)
  return totals
}

/** Σ net_amount_wei per token of a parsed ledger CSV (position legs and approvals aside; zeros left out). */
export function csvNetTotals(records: readonly Record<string, string>[]): Map<string, bigint> {
  const totals = new Map<string, bigint>()
  for (const record of records) {
    if (!record.token_address || record.part === 'position' || record.kind === 'approval') continue
    const key = lower(record.token_address)
    totals.set(key, (totals.get(key) ?? 0n) + BigInt(record.net_amount_wei as string))
  }
  for (const [token, value] of totals) if (value === 0n) totals.delete(token)
  return totals
}
