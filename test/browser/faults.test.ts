import { createPublicClient, http, type PublicClient, parseAbiItem } from 'viem'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { openFaultBrowser } from '../faults/faultBrowser.ts'
import type { FaultEnvironment } from '../faults/faultEnvironment.ts'
import {
  type OracleContext,
  poolDetailProbe,
  poolsProbe,
  simulatorProbe,
  wethUsdcPool,
} from '../faults/pageProbes.ts'
import { createPoolsOracle } from '../faults/poolsOracle.ts'
import { startRpcProxy } from '../faults/rpcProxy.ts'
import {
  checkUntilAllRight,
  runFaultScenarios,
  SCENARIO_PLAN,
  unexplainedWrongFigures,
} from '../faults/scenarios.ts'
import { runTxInFlightScenario } from '../faults/txInFlight.ts'
import { devnetRpc } from '../helpers/devnetRpc.ts'

/** Proxy port of this file (the bench uses 8861). */
const PROXY_PORT = Number(process.env.POOLSCOPE_PROXY_PORT ?? 8860)

function environment(): FaultEnvironment {
  return {
    appUrl: inject('appUrl'),
    rpcUrl: inject('browserRpcUrl'),
    deployments: inject('browserDeployments'),
    chromiumPath: inject('chromiumPath'),
    proxyPort: PROXY_PORT,
  }
}

/** The stale-block scenarios mine blocks: put the shared devnet back as the other browser files expect it. */
const sharedDevnetRpc = (method: string, params: unknown[] = []) =>
  devnetRpc(inject('browserRpcUrl'), method, params)
let snapshotId: unknown
beforeAll(async () => {
  snapshotId = await sharedDevnetRpc('evm_snapshot')
})
afterAll(async () => {
  await sharedDevnetRpc('evm_revert', [snapshotId])
})

// Short windows keep the whole file near four minutes; the bench runs the same plan (longer windows).
const TIMING = { faultWindowMs: 3_000, recoveryTimeoutMs: 20_000 }

describe('the app under RPC faults (Chromium, through the fault proxy)', () => {
  it.each(SCENARIO_PLAN.map(({ probe, faults }) => [probe.name, faults.length] as const))(
    '%s: under each of %i faults no figure is wrong, nothing throws, and it recovers by itself',
    async (pageName) => {
      const results = await runFaultScenarios(environment(), {
        only: [pageName],
        timing: TIMING,
        log: (line) => console.log(line),
      })
      for (const result of results) {
        const label = `${result.page} × ${result.fault}`
        expect(result.faultedRequests, `${label}: the fault reached the page`).toBeGreaterThan(0)
        expect(result.checkedFigures, `${label}: figures were checked`).toBeGreaterThan(0)
        // Every wrong figure fails, except the reported gaps of KNOWN_GAPS (still counted by the bench).
        expect(unexplainedWrongFigures(result), label).toEqual([])
        expect(result.pageErrors, label).toEqual([])
        // A chain-id change is detected and said, not silently mixed into the figures.
        if (result.fault.startsWith('chain id'))
          expect(result.rpcBannerDuringFault, label).toBe('wrong-chain')
        expect({ recovered: result.recovered, notBack: result.notRecovered ?? [] }, label).toEqual({
          recovered: true,
          notBack: [],
        })
      }
    },
    120_000,
  )

  it('the oracles tell right from wrong: healthy figures pass at the block the page names, fail at an older one', async () => {
    const env = environment()
    const client = createPublicClient({ transport: http(env.rpcUrl), cacheTime: 0 }) as PublicClient
    const oracle: OracleContext = {
      env,
      client,
      pools: createPoolsOracle(client, env.deployments),
      sinceBlock: await client.getBlockNumber({ cacheTime: 0 }),
    }
    // The block before the last swap of the pool these pages show: its price and volumes differed there.
    const swaps = await client.getLogs({
      address: wethUsdcPool(env.deployments).address,
      event: parseAbiItem(
        'event Swap(address indexed sender, address indexed recipient, int256 amount0, int256 amount1, uint160 sqrtPriceX96, uint128 liquidity, int24 tick)',
      ),
      fromBlock: BigInt(env.deployments.startBlock),
    })
    const lastSwap = swaps.at(-1)
    if (!lastSwap) throw new Error('the seeded pool has no swaps')
    const session = await openFaultBrowser(env.chromiumPath, env.rpcUrl)
    try {
      for (const probe of [poolsProbe, poolDetailProbe, simulatorProbe]) {
        await session.page.goto(`${env.appUrl}${probe.path(env)}`)
        const healthy = await checkUntilAllRight(probe, session.page, oracle, 30_000)
        expect({ wrong: healthy.check.wrong, unavailable: healthy.check.unavailable }, probe.name).toEqual({
          wrong: [],
          unavailable: 0,
        })
        expect(healthy.check.checked, probe.name).toBeGreaterThan(0)
        const older = await probe.check({ ...healthy.shown, blockNumber: lastSwap.blockNumber - 1n }, oracle)
        expect(older.wrong.length, probe.name).toBeGreaterThan(0)
      }
      expect(session.pageErrors).toEqual([])
    } finally {
      await session.close()
    }
  }, 120_000)

  it('keeps tracking a deposit whose confirmation happens while the RPC drops connections', async () => {
    const env = environment()
    const proxy = await startRpcProxy({ upstream: env.rpcUrl, port: PROXY_PORT })
    try {
      const result = await runTxInFlightScenario(env, proxy, { kind: 'dropped-connection' })
      expect(result.stepsDuringFault).not.toContain('failed')
      expect(result.phaseAfter).toBe('done')
      expect(result.stepsAfter.length).toBeGreaterThan(0)
      expect(result.stepsAfter.every((status) => status === 'confirmed')).toBe(true)
      expect(result.pageErrors).toEqual([])
    } finally {
      await proxy.close()
    }
  }, 90_000)
})
