import Papa from 'papaparse'
import { type Address, getAddress, type Hex, pad, parseAbiItem } from 'viem'
import { describe, expect, inject, it } from 'vitest'
import { createCountingClient } from '../../bench/positions.ts'
import { testAddress } from '../../devnet/index.ts'
import { getBundledCatalogue } from '../../src/chain/catalogue/getCatalogue.ts'
import { getPositionsConfig } from '../../src/chain/catalogue/positionsConfig.ts'
import { createMemoryLogStore } from '../../src/chain/history/logStore.ts'
import { readLedger } from '../../src/chain/ledger/readLedger.ts'
import { LEDGER_CSV_COLUMNS, toLedgerCsv } from '../../src/domain/ledger/ledgerExport.ts'
import { createDevnetClient } from './helpers/devnetClient.ts'

const lower = (value: string) => value.toLowerCase()
const transferEvent = parseAbiItem('event Transfer(address indexed from, address indexed to, uint256 value)')
const withdrawalEvent = parseAbiItem('event Withdrawal(address indexed src, uint256 wad)')

/**
 * The chain's own totals for `account`, from raw logs only (no app code): per ERC-20, the Transfer logs
 * between the account and the LP contracts (V2 pairs, V3 pools, NPM, routers, farms, the staker), plus
 * native ETH: minus the value of the account's transactions to LP contracts, plus the WETH Withdrawals by
 * LP contracts in the account's transactions (counted under WETH: the ledger states amounts in WETH).
 */
async function chainOracle(account: Address): Promise<Map<string, bigint>> {
  const deployments = inject('deployments')
  const { publicClient } = createDevnetClient(inject('rpcUrl'))
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
  // LP tokens are positions, not pool tokens: the ledger reconciles pool and reward tokens.
  const lpTokens = new Set(deployments.v2Pairs.map((p) => lower(p.address)))
  const tokens = deployments.tokens.map((t) => t.address).filter((t) => !lpTokens.has(lower(t)))
  const [sent, received] = await Promise.all([
    publicClient.getLogs({ address: tokens, event: transferEvent, args: { from: account }, fromBlock: 0n }),
    publicClient.getLogs({ address: tokens, event: transferEvent, args: { to: account }, fromBlock: 0n }),
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
  const withdrawals = await publicClient.getLogs({ address: c.weth9, event: withdrawalEvent, fromBlock: 0n })
  for (const tx of txs) {
    const transaction = await publicClient.getTransaction({ hash: tx })
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

/** The ledger's CSV export, parsed back: Σ net_amount_wei per token over non-position legs. */
async function exportedTotals(account: Address) {
  const deployments = inject('deployments')
  const { client } = createCountingClient(inject('rpcUrl'), { batch: true })
  const config = getPositionsConfig(deployments.chainId)
  const catalogue = getBundledCatalogue(deployments.chainId)
  if (!config || !catalogue) throw new Error('no devnet catalogue')
  const toBlock = await client.getBlockNumber()
  const ledger = await readLedger(client, {
    config,
    catalogue,
    account,
    store: createMemoryLogStore(),
    toBlock,
  })
  const csv = toLedgerCsv({
    entries: ledger.entries,
    gas: ledger.gas,
    tokens: ledger.tokens,
    nativeSymbol: 'ETH',
    nonfungiblePositionManager: config.contracts.nonfungiblePositionManager,
  })
  const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true })
  expect(parsed.errors).toEqual([])
  expect(parsed.meta.fields).toEqual([...LEDGER_CSV_COLUMNS])
  const totals = new Map<string, bigint>()
  for (const record of parsed.data) {
    if (!record.token_address || record.part === 'position' || record.kind === 'approval') continue
    const key = lower(record.token_address)
    totals.set(key, (totals.get(key) ?? 0n) + BigInt(record.net_amount_wei as string))
  }
  for (const [token, value] of totals) if (value === 0n) totals.delete(token)
  return { totals, ledger, parsed: parsed.data }
}

const sortedEntries = (map: Map<string, bigint>) => [...map].sort(([a], [b]) => (a < b ? -1 : 1))

describe('ledger export reconciles with the chain to the wei', () => {
  it('demo account: every pool token', async () => {
    const account = inject('deployments').demoAccount
    const [oracle, exported] = await Promise.all([chainOracle(account), exportedTotals(account)])
    expect(oracle.size).toBeGreaterThan(0)
    expect(sortedEntries(exported.totals)).toEqual(sortedEntries(oracle))
    const kinds = new Set(exported.ledger.entries.map((e) => e.row.kind))
    for (const kind of ['mint', 'decrease', 'collect', 'stake'] as const) expect(kinds).toContain(kind)
    // Every LP transaction's gas is read from its receipt.
    expect(exported.ledger.missingReceipts).toEqual([])
    const lpTxs = new Set(exported.ledger.entries.map((e) => e.row.transactionHash))
    expect(
      exported.ledger.gas
        .filter((g) => g.kind === 'lp')
        .map((g) => g.transactionHash)
        .sort(),
    ).toEqual([...lpTxs].sort())
  })

  it('the liquidity provider (anvil account 1): every pool token', async () => {
    const account = getAddress(testAddress(1))
    const [oracle, exported] = await Promise.all([chainOracle(account), exportedTotals(account)])
    expect(oracle.size).toBeGreaterThan(0)
    expect(sortedEntries(exported.totals)).toEqual(sortedEntries(oracle))
  })

  it('gas of each transaction is gasUsed × effectiveGasPrice from its receipt', async () => {
    const account = inject('deployments').demoAccount
    const { ledger } = await exportedTotals(account)
    const { publicClient } = createDevnetClient(inject('rpcUrl'))
    for (const gas of ledger.gas.slice(0, 5)) {
      const receipt = await publicClient.getTransactionReceipt({ hash: gas.transactionHash })
      expect(gas.feeWei).toBe(receipt.gasUsed * receipt.effectiveGasPrice)
    }
    expect(pad('0x00', { size: 32 })).toBeDefined()
  })
})
