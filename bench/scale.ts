import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Page } from 'playwright-core'
import {
  type Abi,
  type Address,
  createPublicClient,
  createWalletClient,
  encodeFunctionData,
  type Hex,
  http,
  maxUint256,
  parseAbi,
  zeroAddress,
} from 'viem'
import { preview } from 'vite'
import { devnetChain, startDevnet, testAddress } from '../devnet/index.ts'
import type { Deployments } from '../src/domain/catalogue/types.ts'
import type { BenchMetrics } from './types.ts'

const SCALE_DEVNET_PORT = 8859
const SCALE_APP_PORT = 4292
/** anvil account 8: no devnet role, so it starts with no positions. */
const SCALE_ACCOUNT_INDEX = 8
const POOL_COUNT = 50
const POSITIONS_PER_POOL = 10
/** Mints per NPM.multicall transaction (each initialises new ticks: keep well under 30 M gas). */
const MINTS_PER_TX = 25
const NEW_TOKEN_COUNT = 5
const FEE_TIERS = [3000, 500, 10_000] as const
const TICK_SPACING: Record<number, number> = { 500: 10, 3000: 60, 10000: 200 }
const DEADLINE = 4_102_444_800n
/** sqrt(1) in Q64.96: every new pool starts at tick 0. */
const SQRT_PRICE_ONE_X96 = 2n ** 96n
/** A block is mined this often during the memory session (the app refreshes on new blocks). */
const BLOCK_INTERVAL_MS = 3_000

const npmAbi = parseAbi([
  'struct MintParams { address token0; address token1; uint24 fee; int24 tickLower; int24 tickUpper; uint256 amount0Desired; uint256 amount1Desired; uint256 amount0Min; uint256 amount1Min; address recipient; uint256 deadline; }',
  'function mint(MintParams params) payable returns (uint256 tokenId, uint128 liquidity, uint256 amount0, uint256 amount1)',
  'function multicall(bytes[] data) payable returns (bytes[] results)',
  'function createAndInitializePoolIfNecessary(address token0, address token1, uint24 fee, uint160 sqrtPriceX96) payable returns (address pool)',
  'function factory() view returns (address)',
])
const tokenAbi = parseAbi([
  'function mint(address to, uint256 amount)',
  'function approve(address spender, uint256 amount) returns (bool)',
])
const factoryAbi = parseAbi(['function getPool(address, address, uint24) view returns (address)'])

/**
 * Gives `owner` POOL_COUNT × POSITIONS_PER_POOL V3 positions: new test tokens are deployed, then
 * pools are created at tick 0 for (pair, fee) combinations among the devnet's mintable tokens and
 * the new ones that do not exist yet, then positions are minted in NPM.multicall batches.
 * @returns the pools created and the number of positions minted
 */
export async function seedScaleAccount(rpcUrl: string, deployments: Deployments, owner: Address) {
  const transport = http(rpcUrl)
  const wallet = createWalletClient({ chain: devnetChain, transport, account: owner })
  const reader = createPublicClient({ chain: devnetChain, transport, cacheTime: 0, pollingInterval: 10 })
  const npm = deployments.contracts.nonfungiblePositionManager
  const send = async (to: Address, data: Hex, gas = 29_000_000n) => {
    const hash = await wallet.sendTransaction({ to, data, gas })
    const receipt = await reader.waitForTransactionReceipt({ hash })
    if (receipt.status !== 'success') throw new Error(`scale setup tx to ${to} reverted`)
  }

  const artifact = JSON.parse(readFileSync('devnet/artifacts/tokens.json', 'utf8')).contracts.DevnetToken as {
    abi: Abi
    bytecode: Hex
  }
  const newTokens: Address[] = []
  for (let index = 0; index < NEW_TOKEN_COUNT; index++) {
    const hash = await wallet.deployContract({
      abi: artifact.abi,
      bytecode: artifact.bytecode.startsWith('0x') ? artifact.bytecode : `0x${artifact.bytecode}`,
      args: [`Scale Token ${index}`, `SCL${index}`, 18],
    })
    const receipt = await reader.waitForTransactionReceipt({ hash })
    if (!receipt.contractAddress) throw new Error('scale token deployment failed')
    newTokens.push(receipt.contractAddress)
  }
  // Plain, publicly mintable devnet tokens (WETH needs a deposit; the odd-metadata ones are skipped).
  const listed = ['USDC', 'WBTC', 'DAI', 'MKR', 'FARM'].flatMap((symbol) => {
    const token = deployments.tokens.find((candidate) => candidate.symbol === symbol)
    return token ? [token.address] : []
  })
  const tokens = [...listed, ...newTokens]
  for (const token of tokens) {
    await send(token, encodeFunctionData({ abi: tokenAbi, functionName: 'mint', args: [owner, 10n ** 36n] }))
    await send(token, encodeFunctionData({ abi: tokenAbi, functionName: 'approve', args: [npm, maxUint256] }))
  }

  const factory = await reader.readContract({ address: npm, abi: npmAbi, functionName: 'factory' })
  const pools: { token0: Address; token1: Address; fee: number }[] = []
  for (const fee of FEE_TIERS) {
    for (let i = 0; i < tokens.length && pools.length < POOL_COUNT; i++) {
      for (let j = i + 1; j < tokens.length && pools.length < POOL_COUNT; j++) {
        const [token0, token1] = sortTokens(tokens[i] as Address, tokens[j] as Address)
        const existing = await reader.readContract({
          address: factory,
          abi: factoryAbi,
          functionName: 'getPool',
          args: [token0, token1, fee],
        })
        if (existing !== zeroAddress) continue
        await send(
          npm,
          encodeFunctionData({
            abi: npmAbi,
            functionName: 'createAndInitializePoolIfNecessary',
            args: [token0, token1, fee, SQRT_PRICE_ONE_X96],
          }),
        )
        pools.push({ token0, token1, fee })
      }
    }
  }
  if (pools.length < POOL_COUNT) throw new Error(`only ${pools.length} new pools could be created`)

  const mints = pools.flatMap((pool) =>
    Array.from({ length: POSITIONS_PER_POOL }, (_, index) => {
      const spacing = TICK_SPACING[pool.fee] ?? 60
      // Mostly in range; every 5th position sits above the price (out of range) for the filters.
      const width = (index % 4) + 1
      const offset = index % 5 === 4 ? 10 * spacing : 0
      return encodeFunctionData({
        abi: npmAbi,
        functionName: 'mint',
        args: [
          {
            token0: pool.token0,
            token1: pool.token1,
            fee: pool.fee,
            tickLower: offset - width * spacing,
            tickUpper: offset + width * spacing,
            amount0Desired: 10n ** 18n,
            amount1Desired: 10n ** 18n,
            amount0Min: 0n,
            amount1Min: 0n,
            recipient: owner,
            deadline: DEADLINE,
          },
        ],
      })
    }),
  )
  for (let start = 0; start < mints.length; start += MINTS_PER_TX)
    await send(
      npm,
      encodeFunctionData({
        abi: npmAbi,
        functionName: 'multicall',
        args: [mints.slice(start, start + MINTS_PER_TX)],
      }),
    )
  return { pools, positions: mints.length }
}

function sortTokens(a: Address, b: Address): [Address, Address] {
  return a.toLowerCase() < b.toLowerCase() ? [a, b] : [b, a]
}

/** Runs in the page before the app: records every long task (duration, ms) from page start. */
function observeLongTasks() {
  const tasks: { start: number; duration: number }[] = []
  ;(window as unknown as { __longTasks: typeof tasks }).__longTasks = tasks
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration })
  }).observe({ type: 'longtask', buffered: true })
}

async function longTasksSince(page: Page, sinceMs: number): Promise<number[]> {
  return page.evaluate(
    (since) =>
      (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks
        .filter((task) => task.start >= since)
        .map((task) => task.duration),
    sinceMs,
  )
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Scrolls the page from top to bottom in viewport-sized steps, like a user reading the list. */
async function scrollWholeList(page: Page): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0))
  for (let step = 0; step < 400; step++) {
    const atBottom = await page.evaluate(() => {
      window.scrollBy(0, window.innerHeight * 0.8)
      return window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2
    })
    await pause(30)
    if (atBottom) {
      // The list renders in pages: at the bottom, the next page is appended (or all are shown).
      if ((await page.getByTestId('positions-show-more').count()) === 0) break
      await pause(200)
    }
  }
}

/** Toggles every filter and the quote direction, waiting for each re-render. */
async function toggleFilters(page: Page): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0))
  for (const status of ['closed', 'all', 'open', 'all']) {
    await page.getByTestId(`filter-status-${status}`).click()
    await pause(150)
  }
  for (const select of ['filter-protocol', 'filter-location']) {
    const values = await page
      .getByTestId(select)
      .locator('option')
      .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value))
    for (const value of [...values.slice(1), values[0] ?? '']) {
      await page.getByTestId(select).selectOption(value)
      await pause(150)
    }
  }
  for (let toggle = 0; toggle < 2; toggle++) {
    await page.getByTestId('quote-toggle').click()
    await pause(150)
  }
}

/**
 * scale.longestTaskMs, scale.heapGrowthMB and scale.sessionMinutes: a devnet account with 500 V3
 * positions across 50 pools, watched on the positions page of the built app (dist/) in Chromium.
 * Long tasks are measured while scrolling the whole list and toggling filters; heap growth is
 * used-heap after GC at the end minus at the start of a session with a block every 3 s.
 * Env: POOLSCOPE_SCALE_MINUTES (session length, default 10), CHROMIUM_PATH, POOLSCOPE_SCALE_DIST.
 */
export async function runScaleBench(): Promise<BenchMetrics> {
  const sessionMinutes = Number(process.env.POOLSCOPE_SCALE_MINUTES ?? '10')
  if (!(sessionMinutes > 0)) throw new Error('POOLSCOPE_SCALE_MINUTES must be a positive number')
  const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium'
  const distDir = process.env.POOLSCOPE_SCALE_DIST ?? 'dist'
  const log = (message: string) => console.error(`[scale] ${message}`)

  const devnet = await startDevnet({ port: SCALE_DEVNET_PORT, quiet: true, writeDeploymentsFile: false })
  const userDataDir = mkdtempSync(join(tmpdir(), 'poolscope-scale-'))
  let server: Awaited<ReturnType<typeof preview>> | undefined
  try {
    const owner = testAddress(SCALE_ACCOUNT_INDEX)
    const seedStart = performance.now()
    const seeded = await seedScaleAccount(devnet.rpcUrl, devnet.deployments, owner)
    log(
      `seeded ${seeded.positions} positions in ${seeded.pools.length} pools (${Math.round(performance.now() - seedStart)} ms)`,
    )

    server = await preview({
      configFile: false,
      build: { outDir: distDir },
      preview: { port: SCALE_APP_PORT, strictPort: true, host: '127.0.0.1' },
      logLevel: 'warn',
    })
    const context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: chromiumPath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-dev-shm-usage',
      ],
      viewport: { width: 1280, height: 900 },
    })
    try {
      await context.addInitScript(
        (rpcUrl: string) =>
          localStorage.setItem('poolscope.settings', JSON.stringify({ rpcUrls: { 31337: [rpcUrl] } })),
        devnet.rpcUrl,
      )
      await context.addInitScript(observeLongTasks)
      const page = context.pages()[0] ?? (await context.newPage())
      const errors: string[] = []
      page.on('pageerror', (error) => errors.push(error.message))

      const loadStart = performance.now()
      await page.goto(`http://127.0.0.1:${SCALE_APP_PORT}/?watch=${owner}`)
      const total = seeded.positions
      // The page reads the newest 50 V3 positions first: the older ones are loaded page by page, as a
      // user would ("Load 50 older positions"), until the whole list is there.
      const complete = page.locator('#positions-list-heading', { hasText: `${total} of ${total} shown` })
      const loadMore = page.locator('[data-testid="positions-load-more"]:not([disabled])')
      const loadDeadline = Date.now() + 180_000
      while (!(await complete.isVisible())) {
        if (Date.now() > loadDeadline) throw new Error(`the list of ${total} positions did not load in 180 s`)
        if (await loadMore.isVisible()) await loadMore.click()
        else await pause(100)
      }
      log(`list of ${total} loaded in ${Math.round(performance.now() - loadStart)} ms`)
      await pause(3_000) // let history and charts settle
      const loadLongest = Math.max(0, ...(await longTasksSince(page, 0)))

      const interactionStart = await page.evaluate(() => performance.now())
      const phases: [string, (page: Page) => Promise<void>][] = [
        ['scroll', scrollWholeList],
        ['filters', toggleFilters],
        ['scroll again', scrollWholeList],
      ]
      for (const [name, run] of phases) {
        const phaseStart = await page.evaluate(() => performance.now())
        await run(page)
        await pause(300)
        const tasks = await longTasksSince(page, phaseStart)
        log(`${name}: long tasks ${tasks.map((ms) => Math.round(ms)).join(', ') || 'none'}`)
      }
      const cardsRendered = await page.getByTestId('position-card').count()
      log(`cards rendered after scrolling to the end: ${cardsRendered}`)
      const interactionTasks = await longTasksSince(page, interactionStart)
      const longestTaskMs = Math.max(0, ...interactionTasks)
      log(`interaction: ${interactionTasks.length} long tasks, longest ${Math.round(longestTaskMs)} ms`)

      // Memory: used JS heap after a forced GC, at the start and the end of a session with blocks.
      const cdp = await context.newCDPSession(page)
      const usedHeapBytes = async () => {
        await cdp.send('HeapProfiler.collectGarbage')
        return (await cdp.send('Runtime.getHeapUsage')).usedSize
      }
      await page.evaluate(() => window.scrollTo(0, 0))
      const heapStart = await usedHeapBytes()
      const sessionEnd = Date.now() + sessionMinutes * 60_000
      let blocks = 0
      while (Date.now() < sessionEnd) {
        await pause(BLOCK_INTERVAL_MS)
        await fetch(devnet.rpcUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ jsonrpc: '2.0', id: blocks, method: 'evm_mine', params: [] }),
        })
        blocks++
        // Keep the user active: scroll a bit so cards re-render and observers stay busy.
        if (blocks % 10 === 0) await page.evaluate(() => window.scrollBy(0, 400))
        if (blocks % 20 === 0)
          log(`heap after ${blocks} blocks: ${((await usedHeapBytes()) / 2 ** 20).toFixed(1)} MB`)
      }
      await pause(BLOCK_INTERVAL_MS)
      const heapEnd = await usedHeapBytes()
      log(
        `heap ${(heapStart / 2 ** 20).toFixed(1)} → ${(heapEnd / 2 ** 20).toFixed(1)} MB over ${blocks} blocks`,
      )
      if (errors.length > 0) log(`page errors: ${errors.slice(0, 3).join(' | ')}`)

      return {
        'scale.longestTaskMs': { value: Math.round(longestTaskMs), unit: 'ms' },
        'scale.loadLongestTaskMs': { value: Math.round(loadLongest), unit: 'ms' },
        'scale.heapGrowthMB': { value: Number(((heapEnd - heapStart) / 2 ** 20).toFixed(1)), unit: 'MB' },
        'scale.sessionMinutes': { value: sessionMinutes, unit: 'min' },
        'scale.positions': { value: total, unit: 'positions' },
      }
    } finally {
      await context.close()
    }
  } finally {
    await server?.close()
    await devnet.stop()
    rmSync(userDataDir, { recursive: true, force: true })
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const metrics = await runScaleBench()
  for (const [id, metric] of Object.entries(metrics)) console.log(`${id} = ${metric.value} ${metric.unit}`)
}
