import { createClient } from 'viem'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { spawnAnvil } from '../../devnet/index.ts'
import { createCheckedTransport } from '../../src/config/chainTransport.ts'
import { resetRpcTrust } from '../../src/config/rpcCrossCheck.ts'
import { checkWriteGate } from '../../src/features/chain-status/writeGate.ts'
import { type RpcProxy, startRpcProxy } from '../faults/rpcProxy.ts'
import { devnetRpc } from '../helpers/devnetRpc.ts'
import { openApp } from './harness.ts'

/**
 * A node on a public chain id offline: anvil with `--chain-id 1`, its genesis 10 min in the past.
 * Block 1 is mined 5 min ago and block 2 now; the fault proxy's stale-block mode serves block 1 as
 * the head (a node stuck 5 min behind), the direct URL serves block 2 (a fresh node).
 */
const ANVIL_PORT = Number(process.env.POOLSCOPE_PROXY_PORT ?? 8860) + 3
const PROXY_PORT = Number(process.env.POOLSCOPE_PROXY_PORT ?? 8860) + 4
const SCREENSHOTS = process.env.POOLSCOPE_SCREENSHOT_DIR
const direct = `http://127.0.0.1:${ANVIL_PORT}`
let stop: () => Promise<void> = async () => {}
let staleProxy: RpcProxy

beforeAll(async () => {
  const nowS = Math.floor(Date.now() / 1000)
  const anvil = await spawnAnvil({ port: ANVIL_PORT, chainId: 1, args: ['--timestamp', String(nowS - 600)] })
  stop = anvil.stop
  await devnetRpc(direct, 'evm_mine', [`0x${(nowS - 300).toString(16)}`])
  await devnetRpc(direct, 'evm_mine', [`0x${Math.floor(Date.now() / 1000).toString(16)}`])
  staleProxy = await startRpcProxy({ upstream: direct, port: PROXY_PORT })
  await staleProxy.setFault({ kind: 'stale-block', blockNumber: 1n })
}, 30_000)
afterAll(async () => {
  await staleProxy?.close()
  await stop()
})

/** The app on Ethereum (chain id 1) read through `urls`, on the Settings page (no contract reads needed). */
async function openOnMainnet(urls: string[]) {
  const session = await openApp({
    path: '/settings',
    localStorage: {
      'poolscope.settings': JSON.stringify({ rpcUrls: { 31337: [inject('browserRpcUrl')], 1: urls } }),
    },
  })
  await session.page.getByTestId('chain-switcher').selectOption('1')
  await session.page.locator('[data-testid="chain-indicator"][data-chain-id="1"]').waitFor()
  return session
}

describe('a stale node on a public chain id (anvil --chain-id 1, through the stale-block proxy)', () => {
  it('shows "stale" with the node and how far behind, and a write asks for confirmation', async () => {
    const session = await openOnMainnet([staleProxy.url, direct])
    try {
      const banner = session.page.getByTestId('stale-banner')
      await banner.waitFor({ timeout: 30_000 })
      expect(await banner.getAttribute('data-node')).toBe(new URL(staleProxy.url).host)
      const lag = Number(await banner.getAttribute('data-lag-seconds'))
      expect(lag).toBeGreaterThanOrEqual(300)
      expect(lag).toBeLessThan(400)
      expect(await banner.textContent()).toMatch(/Stale node: 127\.0\.0\.1:\d+ is 5 min \d+ s behind/)
      if (SCREENSHOTS)
        for (const width of [390, 1280]) {
          await session.page.setViewportSize({ width, height: 900 })
          await session.page.screenshot({ path: `${SCREENSHOTS}/rpc-stale-${width}.png` })
        }
      expect(session.errors).toEqual([])
    } finally {
      await session.close()
    }
    resetRpcTrust()
    const gate = await checkWriteGate(
      createClient({ transport: createCheckedTransport(1, [staleProxy.url, direct]) }),
      1,
    )
    expect(gate.blocked).toBeNull()
    expect(gate.confirm).toMatch(/is stale: its latest block is 5 min \d+ s old/)
  }, 90_000)

  it('a fresh node on the same chain shows no stale banner and writes need no confirmation', async () => {
    const session = await openOnMainnet([direct, staleProxy.url])
    try {
      await session.page
        .locator('[data-testid="chain-indicator"] span[title^="connected, block 2"]')
        .waitFor({ timeout: 30_000 })
      expect(await session.page.getByTestId('stale-banner').count()).toBe(0)
      expect(session.errors).toEqual([])
    } finally {
      await session.close()
    }
    resetRpcTrust()
    const gate = await checkWriteGate(createClient({ transport: createCheckedTransport(1, [direct]) }), 1)
    expect(gate).toEqual({ blocked: null, confirm: null })
  }, 90_000)
})
