import { describe, expect, inject, it } from 'vitest'
import type { FaultEnvironment } from '../faults/faultEnvironment.ts'
import { LYING_RPC_SCENARIOS, runLyingRpcScenario } from '../faults/lyingRpc.ts'

/** Proxy port of this file: the slice's block (the bench uses its own). */
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

const READ_NAMES = {
  'slot0-price-up': 'slot0\\(\\)',
  'slot0-price-down': 'slot0\\(\\)',
  'balance-plus-1-wei': 'balanceOf\\(\\)',
  'position-liquidity': 'positions\\(\\)',
  'v2-reserves': 'getReserves\\(\\)',
} as const

const SCREENSHOTS = process.env.POOLSCOPE_SCREENSHOT_DIR

describe('two RPCs for the devnet, one of them lying (Chromium, through the fault proxy)', () => {
  it.each(LYING_RPC_SCENARIOS.map((scenario) => [scenario.name, scenario] as const))(
    '%s',
    async (_name, scenario) => {
      const result = await runLyingRpcScenario(environment(), scenario, {
        ...(SCREENSHOTS && scenario.lie === 'slot0-price-up'
          ? { screenshotPath: (width: number) => `${SCREENSHOTS}/rpc-disagreement-${width}.png` }
          : {}),
      })
      expect(result.pageErrors).toEqual([])
      if (scenario.lie === null) {
        expect(result.bannerAbout).toBeNull()
        expect(result.gateBlocked).toBeNull()
        return
      }
      expect(result.liesServed, 'the lie reached the app').toBeGreaterThan(0)
      // The banner names the read that was lied about.
      expect(result.bannerAbout).toMatch(
        new RegExp(`^the result of ${READ_NAMES[scenario.lie]} on 0x[0-9a-fA-F]{40} at block \\d+$`),
      )
      expect(result.gateBlocked).toMatch(/^Two RPCs disagree about .*; writes are blocked/)
      expect(result.undetected).toBe(false)
    },
    90_000,
  )
})
