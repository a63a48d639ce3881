import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { type Client, createClient } from 'viem'
import { getBlockNumber } from 'viem/actions'
import { getPositionsConfig } from '../../src/chain/catalogue/positionsConfig.ts'
import { createMemoryLogStore } from '../../src/chain/history/logStore.ts'
import { loadPositions } from '../../src/chain/readPositions.ts'
import { createCheckedTransport } from '../../src/config/chainTransport.ts'
import { getRpcTrust, resetRpcTrust } from '../../src/config/rpcCrossCheck.ts'
import { checkWriteGate } from '../../src/features/chain-status/writeGate.ts'
import type { FaultEnvironment } from './faultEnvironment.ts'
import type { CallLie } from './rpcFault.ts'
import { startRpcProxy } from './rpcProxy.ts'

/** Same flags as test/browser/harness.ts: they work as root here and keep Chromium off the network. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
]

export interface LyingRpcScenario {
  name: string
  /** The lie the proxy tells; null for the honest control (two RPCs that agree). */
  lie: CallLie | null
  /** Whether the lying proxy is the first (primary) RPC URL or the second (the witness). */
  lyingUrl: 'first' | 'second'
}

/** The lies, each through the first and (for one) the second URL, plus the honest control. */
export const LYING_RPC_SCENARIOS: readonly LyingRpcScenario[] = [
  { name: 'slot0 price +5 %', lie: 'slot0-price-up', lyingUrl: 'first' },
  { name: 'slot0 price −5 %', lie: 'slot0-price-down', lyingUrl: 'first' },
  { name: 'balanceOf +1 wei', lie: 'balance-plus-1-wei', lyingUrl: 'first' },
  { name: 'positions() liquidity −1 %', lie: 'position-liquidity', lyingUrl: 'first' },
  { name: 'V2 getReserves reserve0 +1 %', lie: 'v2-reserves', lyingUrl: 'first' },
  { name: 'balanceOf +1 wei from the second RPC', lie: 'balance-plus-1-wei', lyingUrl: 'second' },
  { name: 'honest: two RPCs that agree', lie: null, lyingUrl: 'first' },
]

export interface LyingRpcResult {
  name: string
  lie: CallLie | null
  /** Rewritten answers the proxy served (the lie reached the app). */
  liesServed: number
  /** The disagreement banner's subject in the app, or null when it did not show. */
  bannerAbout: string | null
  /** The write gate's verdict, from the app's transport and readers run against the same two URLs. */
  gateBlocked: string | null
  /** Uncaught page errors and console errors in the app. */
  pageErrors: string[]
  /** A lie served but the banner absent or writes not blocked; or a banner/block with honest RPCs. */
  undetected: boolean
  falseAlarm: boolean
}

/** What the app's own positions load reads through the app's transport (Node side, same code). */
async function gateAfterPositionsRead(urls: string[], account: `0x${string}`): Promise<string | null> {
  resetRpcTrust()
  const client: Client = createClient({ transport: createCheckedTransport(31337, urls) })
  const config = getPositionsConfig(31337)
  if (!config) throw new Error('no devnet positions config')
  const toBlock = await getBlockNumber(client, { cacheTime: 0 })
  // A lie can make the reader fail (one more NFT than the owner has): the cross-check has seen it by then.
  await loadPositions(client, { account, config, store: createMemoryLogStore(), toBlock }).catch(() => {})
  const gate = await checkWriteGate(client, 31337)
  if (gate.blocked === null && getRpcTrust(31337)?.disagreement) return 'recorded but not blocked'
  return gate.blocked
}

/**
 * One scenario: the app opens the demo account's positions with two RPC URLs for the devnet, one
 * of them the fault proxy telling `scenario.lie`; the banner must show. The same two URLs then
 * feed the app's transport and positions reader in Node, and the write gate must block.
 * @param timeoutMs how long the banner may take to show (and, honest, how long it must stay away)
 */
export async function runLyingRpcScenario(
  env: FaultEnvironment,
  scenario: LyingRpcScenario,
  options: { timeoutMs?: number; screenshotPath?: (width: number) => string } = {},
): Promise<LyingRpcResult> {
  const timeoutMs = options.timeoutMs ?? 30_000
  const proxy = await startRpcProxy({ upstream: env.rpcUrl, port: env.proxyPort })
  const userDataDir = mkdtempSync(join(tmpdir(), 'poolscope-lying-'))
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: env.chromiumPath,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 900 },
  })
  try {
    if (scenario.lie) await proxy.setFault({ kind: 'lying-call', lie: scenario.lie })
    const urls = scenario.lyingUrl === 'first' ? [proxy.url, env.rpcUrl] : [env.rpcUrl, proxy.url]
    await context.addInitScript(
      (settings: string) => localStorage.setItem('poolscope.settings', settings),
      JSON.stringify({ rpcUrls: { 31337: urls } }),
    )
    const page = context.pages()[0] ?? (await context.newPage())
    const pageErrors: string[] = []
    page.on('pageerror', (error) => pageErrors.push(`pageerror: ${error.message}`))
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(`console.error: ${message.text()}`)
    })
    await page.goto(`${env.appUrl}/?watch=${env.deployments.demoAccount}`)
    const banner = page.getByTestId('rpc-disagreement-banner')
    let bannerAbout: string | null = null
    if (scenario.lie) {
      bannerAbout = await banner
        .waitFor({ state: 'visible', timeout: timeoutMs })
        .then(() => banner.getAttribute('data-about'))
        .catch(() => null)
    } else {
      // Honest: wait for the positions to load, then for a few more health polls.
      await page
        .getByText(/positions?/i)
        .first()
        .waitFor({ timeout: timeoutMs })
        .catch(() => {})
      await page.waitForTimeout(6_000)
      bannerAbout = (await banner.count()) > 0 ? await banner.getAttribute('data-about') : null
    }
    if (bannerAbout !== null && options.screenshotPath)
      for (const width of [390, 1280]) {
        await page.setViewportSize({ width, height: 900 })
        await page.screenshot({ path: options.screenshotPath(width) })
      }
    const gateBlocked = await gateAfterPositionsRead(urls, env.deployments.demoAccount)
    const liesServed = proxy.stats.faulted
    const detected = bannerAbout !== null && gateBlocked !== null
    return {
      name: scenario.name,
      lie: scenario.lie,
      liesServed,
      bannerAbout,
      gateBlocked,
      pageErrors,
      undetected: scenario.lie !== null && liesServed > 0 && !detected,
      falseAlarm: scenario.lie === null && (bannerAbout !== null || gateBlocked !== null),
    }
  } finally {
    await context.close()
    rmSync(userDataDir, { recursive: true, force: true })
    await proxy.close()
  }
}
