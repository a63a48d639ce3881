import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { FaultEnvironment } from '../faults/faultEnvironment.ts'
import { startRpcProxy } from '../faults/rpcProxy.ts'
import { runFaultScenarios, SCENARIO_PLAN } from '../faults/scenarios.ts'
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

// Short windows keep the whole file near three minutes; the bench runs the same plan.
const TIMING = { faultWindowMs: 3_000, recoveryTimeoutMs: 20_000 }

describe('the app under RPC faults (Chromium, through the fault proxy)', () => {
  it.each(SCENARIO_PLAN.map(({ probe, faults }) => [probe.name, faults.length] as const))(
    '%s: under each of %i faults no figure is wrong, nothing throws, and it recovers by itself',
    async (pageName) => {
      const results = await runFaultScenarios(environment(), { only: [pageName], timing: TIMING })
      for (const result of results) {
        const label = `${result.page} × ${result.fault}`
        expect(result.faultedRequests, `${label}: the fault reached the page`).toBeGreaterThan(0)
        expect(result.checkedFigures, `${label}: figures were checked`).toBeGreaterThan(0)
        expect(result.wrongFigures, label).toEqual([])
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
