import Papa from 'papaparse'
import { type Address, createPublicClient, http, type PublicClient } from 'viem'
import { getBlockNumber } from 'viem/actions'
import { devnetChain, startDevnet, testAddress } from '../devnet/index.ts'
import { getBundledCatalogue } from '../src/chain/catalogue/getCatalogue.ts'
import { getPositionsConfig } from '../src/chain/catalogue/positionsConfig.ts'
import { createMemoryLogStore } from '../src/chain/history/logStore.ts'
import { readLedger } from '../src/chain/ledger/readLedger.ts'
import { loadPositions } from '../src/chain/readPositions.ts'
import { toLedgerCsv } from '../src/domain/ledger/ledgerExport.ts'
import type { PositionViewOk } from '../src/domain/positions/model.ts'
import { appV3Pnl, pnlTermErrorsUsd } from '../test/helpers/appPositionPnl.ts'
import { csvNetTotals, ledgerChainOracle } from '../test/helpers/ledgerOracle.ts'
import { oracleV3Pnl } from '../test/helpers/pnlOracle.ts'
import { createCountingClient, measureFullLoad, measurePositionsLoad } from './positions.ts'
import type { BenchMetrics } from './types.ts'

/** The ledger bench's devnet port (override with POOLSCOPE_LEDGER_BENCH_PORT). */
const LEDGER_BENCH_PORT = Number(process.env.POOLSCOPE_LEDGER_BENCH_PORT ?? 8856)

/**
 * ledger.pnlIdentityMaxErrorUsd: the largest |app − oracle| of any PnL term (value now, deposits, withdrawals,
 * HODL value, fees, gas, total) over the demo book's wallet-held WETH/USDC V3 positions, the oracle built
 * from the raw chain only (test/helpers/pnlOracle.ts), rounded to the cent (target 0.00).
 * ledger.csvReconcileErrorsWei: Σ over tokens of |CSV export − raw-log oracle| (wei) for the demo account
 * and the liquidity provider (target 0).
 * ledger.loadRequests.cold: HTTP requests of one cold ledger load of the demo account (empty log cache,
 * batching transport as in the app; the head block comes from the chain-health poll, not counted).
 * positions.historyRequests.cold: the positions page's cold history requests for the same account in the
 * same run and client: a cold full load (staker discovery + state + versus holding) minus the
 * current-state load. Target: ledger ≤ 2 × positions.
 */
export async function runLedgerBench(): Promise<BenchMetrics> {
  const devnet = await startDevnet({ port: LEDGER_BENCH_PORT, quiet: true, writeDeploymentsFile: false })
  try {
    const { deployments } = devnet
    const config = getPositionsConfig(devnetChain.id)
    const catalogue = getBundledCatalogue(devnetChain.id)
    if (!config || !catalogue) throw new Error('no devnet catalogue')
    const { client, counter } = createCountingClient(devnet.rpcUrl, { batch: true })
    const toBlock = await getBlockNumber(client, { cacheTime: 0 })
    const load = (account: Address) =>
      readLedger(client, { config, catalogue, account, store: createMemoryLogStore(), toBlock })

    let errorsWei = 0n
    for (const account of [deployments.demoAccount, testAddress(1)]) {
      const ledger = await load(account)
      const csv = toLedgerCsv({
        entries: ledger.entries,
        gas: ledger.gas,
        tokens: ledger.tokens,
        nativeSymbol: 'ETH',
        nonfungiblePositionManager: ledger.nonfungiblePositionManager,
      })
      const exported = csvNetTotals(
        Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data,
      )
      const oracle = await ledgerChainOracle(devnet.rpcUrl, deployments, account)
      for (const token of new Set([...exported.keys(), ...oracle.keys()])) {
        const difference = (exported.get(token) ?? 0n) - (oracle.get(token) ?? 0n)
        errorsWei += difference < 0n ? -difference : difference
      }
    }

    // PnL terms against the raw-chain oracle: every demo V3 position, any pair, wallet-held or staked.
    const direct = createPublicClient({ chain: devnetChain, transport: http(devnet.rpcUrl) }) as PublicClient
    const weth = deployments.contracts.weth9
    const [demoLedger, snapshot] = await Promise.all([
      load(deployments.demoAccount),
      loadPositions(client, { account: deployments.demoAccount, config, toBlock }),
    ])
    const covered = snapshot.positions.filter(
      (p): p is PositionViewOk => p.status === 'ok' && p.protocol === 'v3',
    )
    let pnlMaxErrorUsd = 0
    for (const position of covered) {
      const oracle = await oracleV3Pnl(
        { client: direct, npm: deployments.contracts.nonfungiblePositionManager, weth, deployments },
        BigInt(position.v3?.tokenId ?? -1),
        toBlock,
      )
      for (const { error } of pnlTermErrorsUsd(appV3Pnl(position, demoLedger, snapshot.pricesUsd), oracle))
        pnlMaxErrorUsd = Math.max(pnlMaxErrorUsd, Number.isNaN(error) ? Number.POSITIVE_INFINITY : error)
    }
    console.log(
      `[ledger] PnL terms of ${covered.length} positions vs the oracle: largest error $${pnlMaxErrorUsd}`,
    )

    await load(deployments.demoAccount) // warm-up (code paths), its own fresh cache
    const before = counter.requests
    await load(deployments.demoAccount)
    const ledgerCold = counter.requests - before

    await measurePositionsLoad(client, counter, deployments.demoAccount) // warm-up
    const state = await measurePositionsLoad(client, counter, deployments.demoAccount)
    const full = await measureFullLoad(client, counter, deployments.demoAccount, createMemoryLogStore())
    const historyCold = full.requests - state.requests
    return {
      'ledger.csvReconcileErrorsWei': { value: Number(errorsWei), unit: 'wei' },
      // Rounded to the cent, as the figures are shown (target 0.00).
      'ledger.pnlIdentityMaxErrorUsd': { value: Math.round(pnlMaxErrorUsd * 100) / 100, unit: 'USD' },
      'ledger.loadRequests.cold': { value: ledgerCold, unit: 'requests' },
      'positions.historyRequests.cold': { value: historyCold, unit: 'requests' },
    }
  } finally {
    await devnet.stop()
  }
}
