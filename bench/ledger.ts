import Papa from 'papaparse'
import type { Address } from 'viem'
import { getBlockNumber } from 'viem/actions'
import { devnetChain, startDevnet, testAddress } from '../devnet/index.ts'
import { getBundledCatalogue } from '../src/chain/catalogue/getCatalogue.ts'
import { getPositionsConfig } from '../src/chain/catalogue/positionsConfig.ts'
import { createMemoryLogStore } from '../src/chain/history/logStore.ts'
import { readLedger } from '../src/chain/ledger/readLedger.ts'
import { toLedgerCsv } from '../src/domain/ledger/ledgerExport.ts'
import { csvNetTotals, ledgerChainOracle } from '../test/helpers/ledgerOracle.ts'
import { createCountingClient, measureFullLoad, measurePositionsLoad } from './positions.ts'
import type { BenchMetrics } from './types.ts'

/** The ledger bench's devnet port (override with POOLSCOPE_LEDGER_BENCH_PORT). */
const LEDGER_BENCH_PORT = Number(process.env.POOLSCOPE_LEDGER_BENCH_PORT ?? 8856)

/**
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
      'ledger.loadRequests.cold': { value: ledgerCold, unit: 'requests' },
      'positions.historyRequests.cold': { value: historyCold, unit: 'requests' },
    }
  } finally {
    await devnet.stop()
  }
}
