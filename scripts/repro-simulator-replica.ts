// Reproduces the simulator on the Arbitrum replica behind the public-RPC limits (10,000-block profile scaled
// to the replica's block rate, 25 req/s): the built app (dist/, built with the replica env) under vite preview
// in headless Chromium, the proxy as the user's RPC. Logs proxy stats, console errors and what the page shows.
// Ports: POOLSCOPE_REPLICA_PORT_BASE (replica, +1 proxy), POOLSCOPE_BROWSER_APP_PORT (app).
// Usage: node --import tsx scripts/repro-simulator-replica.ts [seconds]
import { chromium } from 'playwright-core'
import { preview } from 'vite'
import { REPLICA_SPECS, startReplica } from '../devnet/replica/index.ts'
import { RPC_LIMIT_PROFILES, scaleLogRange } from '../test/faults/rpcLimits.ts'
import { startRpcProxy } from '../test/faults/rpcProxy.ts'

const base = Number(process.env.POOLSCOPE_REPLICA_PORT_BASE ?? 9250)
const appPort = Number(process.env.POOLSCOPE_BROWSER_APP_PORT ?? 9242)
const seconds = Number(process.argv[2] ?? 180)
const replica = await startReplica({ chain: 'arbitrum', port: base, quiet: true })
const limits = scaleLogRange(RPC_LIMIT_PROFILES.standard, {
  replicaBlocksPerHour: replica.deployments.seed.replicaBlocksPerHour,
  realBlocksPerHour: REPLICA_SPECS.arbitrum.realBlocksPerHour,
})
console.log('limits', JSON.stringify(limits))
const proxy = await startRpcProxy({ upstream: replica.rpcUrl, port: base + 1, limits })
const server = await preview({
  build: { outDir: 'dist' },
  preview: { port: appPort, strictPort: true, host: '127.0.0.1' },
  logLevel: 'warn',
})
const browser = await chromium.launch({
  executablePath: '/usr/lib/chromium/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking'],
})
const pool =
  process.env.POOL ?? replica.deployments.v3Incentives[0]?.pool ?? replica.deployments.v3Pools[0]?.address
try {
  const context = await browser.newContext()
  await context.addInitScript(
    ([value, chainId]) => {
      localStorage.setItem('poolscope.settings', value as string)
      localStorage.setItem(
        'poolscope.wagmi.store',
        JSON.stringify({ state: { chainId, connections: { __type: 'Map', value: [] }, current: null } }),
      )
    },
    [JSON.stringify({ rpcUrls: { [replica.chainId]: [proxy.url] } }), replica.chainId],
  )
  const page = await context.newPage()
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning')
      console.log(`[console.${m.type()}]`, m.text().slice(0, 300))
  })
  page.on('pageerror', (e) => console.log('[pageerror]', e.message))
  page.on('requestfailed', (r) => console.log('[requestfailed]', r.url()))
  page.on('worker', (w) => console.log('[worker]', w.url()))
  const started = performance.now()
  await page.goto(`http://127.0.0.1:${appPort}/simulator?pool=${pool}&amount=25000&horizon=45`)
  let last = ''
  while (performance.now() - started < seconds * 1000) {
    await page.waitForTimeout(2000)
    const state = await page.evaluate(`(() => {
      const q = (s) => document.querySelector(s)
      const ids = ['sim-loading', 'sim-pool-error', 'sim-projection', 'sim-fee-apr', 'sim-lvr', 'sim-reward-apr', 'sim-combined-apr', 'sim-mc-p50', 'sim-bt-fees']
      const shown = ids.map((id) => {
        const el = q('[data-testid="' + id + '"]')
        return el ? id + '=' + (el.textContent ?? '').slice(0, 40).replace(/\\s+/g, ' ') : ''
      })
      const mc = q('[data-testid="sim-mc"]')?.getAttribute('data-status')
      const bt = q('[data-testid="sim-backtest"] [data-status]')?.getAttribute('data-status')
      return shown.filter(Boolean).join(' | ') + ' | mc=' + mc + ' bt=' + bt
    })()`)
    const t = ((performance.now() - started) / 1000).toFixed(0)
    const s = proxy.stats
    const line = `${state} || calls ${s.calls} ${JSON.stringify(s.byMethod)} refused ${JSON.stringify(s.refused)}`
    if (line !== last) console.log(`t=${t}s ${line}`)
    last = line
  }
  const text = await page
    .locator('main')
    .textContent()
    .catch(() => '')
  console.log('--- page text ---\n', (text ?? '').slice(0, 3000))
} finally {
  await browser.close()
  await server.close()
  await proxy.close()
  await replica.stop()
}
