import { createPublicClient, type Hex, http, type PublicClient, parseAbi, parseEventLogs } from 'viem'
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest'
import { startRpcProxy } from '../faults/rpcProxy.ts'
import { devnetRpc } from '../helpers/devnetRpc.ts'
import { installFakeWallets } from './fakeWallet.ts'
import { type AppSession, openApp } from './harness.ts'

/** The value, or a test failure naming what was missing (instead of a non-null assertion). */
function must<T>(value: T | undefined | null, what = 'value'): T {
  if (value === undefined || value === null) throw new Error(`missing ${what}`)
  return value
}

const deployments = inject('browserDeployments')
const rpcUrl = inject('browserRpcUrl')
const owner = deployments.demoAccount
const npm = deployments.contracts.nonfungiblePositionManager
const v3Pool = must(
  deployments.v3Pools.find(
    (p) => p.fee === 3000 && p.token0 === deployments.contracts.weth9 && p.token1 === deployments.usdToken,
  ),
)
const abi = parseAbi([
  'event IncreaseLiquidity(uint256 indexed tokenId, uint128 liquidity, uint256 amount0, uint256 amount1)',
])
const rpc = (method: string, params: unknown[] = []) => devnetRpc(rpcUrl, method, params)

let session: AppSession | undefined
let snapshotId: string | undefined
let client: PublicClient
beforeEach(async () => {
  snapshotId = (await rpc('evm_snapshot')) as string
  client = createPublicClient({ transport: http(rpcUrl), cacheTime: 0 }) as PublicClient
})
afterEach(async () => {
  await session?.close()
  session = undefined
  await rpc('evm_setAutomine', [true])
  if (snapshotId) await rpc('evm_revert', [snapshotId])
})

async function connect(page: AppSession['page']) {
  await page.getByTestId('account-button').click()
  await page.getByTestId('connector-poolscopeDevWallet').click()
  await page.locator('[data-testid="account-button"][data-account-source="wallet"]').waitFor()
}

async function fillV3InRange(page: AppSession['page'], amount: string) {
  await page.getByTestId('pool-select').selectOption(v3Pool.address)
  await page.getByTestId('current-price').waitFor()
  await page.getByTestId('amount-token0').fill(amount)
  await page.getByTestId('review').waitFor()
}

/** IncreaseLiquidity events mined after `fromBlock`. */
async function mintsSince(fromBlock: bigint) {
  const logs = await client.getLogs({ address: npm, fromBlock: fromBlock + 1n, toBlock: 'latest' })
  return parseEventLogs({ abi, eventName: 'IncreaseLiquidity', logs })
}

describe('transaction flows live above the routes', () => {
  it('switching tab and page after the first approval: the mint is still sent, a resume banner shows meanwhile', async () => {
    // The seed leaves the demo account no allowance; an earlier test may leave a dust one (what a mint did
    // not take): revoke so the flow is approve → approve → mint.
    for (const token of [v3Pool.token0, v3Pool.token1])
      await rpc('eth_sendTransaction', [
        {
          from: owner,
          to: token,
          data: `0x095ea7b3${npm.slice(2).toLowerCase().padStart(64, '0')}${'0'.repeat(64)}`,
        },
      ])
    session = await openApp({ path: '/add' })
    const { page } = session
    await connect(page)
    const startBlock = await client.getBlockNumber()
    await fillV3InRange(page, '0.25')
    await rpc('evm_setAutomine', [false])
    await page.getByTestId('submit-add').click()
    await page.locator('[data-testid="tx-step"][data-status="pending"]').first().waitFor({ timeout: 30_000 })
    // Same route, other tab: the form unmounts.
    await page.getByTestId('tab-manage').click()
    const banner = page.locator('[data-testid="flow-resume"][data-flow="add-liquidity"]')
    await banner.waitFor({ timeout: 10_000 })
    expect(await banner.textContent()).toContain('Step 1 of 3')
    // Another page.
    await page.getByTestId('nav-positions').click()
    await banner.waitFor({ timeout: 10_000 })
    await rpc('evm_setAutomine', [true])
    await rpc('evm_mine')
    await banner.waitFor({ state: 'detached', timeout: 60_000 })
    const mints = await mintsSince(startBlock)
    expect(mints).toHaveLength(1)
    // Back on the owning page (client-side navigation, the same app instance): the finished flow is there.
    await page.getByTestId('nav-add').click()
    await page.locator('[data-testid="tx-stepper"][data-phase="done"]').waitFor({ timeout: 10_000 })
    expect(await page.locator('[data-testid="tx-step"][data-status="confirmed"]').count()).toBe(3)
    expect(session.errors).toEqual([])
  })

  it('a failed storage write after the hash: tracked to the end in memory, with a warning that a reload loses it', async () => {
    session = await openApp({
      path: '/add',
      initScript: {
        fn: (() => {
          const original = Storage.prototype.setItem
          Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
            if (key === 'poolscope.pendingTxs')
              throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
            return original.call(this, key, value)
          }
        }) as (arg: never) => void,
        arg: null,
      },
    })
    const { page } = session
    await connect(page)
    const startBlock = await client.getBlockNumber()
    await fillV3InRange(page, '0.1')
    await page.getByTestId('submit-add').click()
    await page.getByTestId('tx-storage-warning').waitFor({ timeout: 30_000 })
    expect(await page.getByTestId('tx-storage-warning').textContent()).toContain('will not survive a reload')
    await page.locator('[data-testid="tx-stepper"][data-phase="done"]').waitFor({ timeout: 30_000 })
    expect(await mintsSince(startBlock)).toHaveLength(1)
    expect(session.errors).toEqual([])
  })
})

describe('stored transactions after a reload', () => {
  it('a corrupt or hand-edited entry (no `from`) does not crash /add: it is dropped with a one-line notice', async () => {
    const corrupt = {
      hash: `0x${'ab'.repeat(32)}`,
      chainId: 31337,
      label: 'Mint',
      kind: 'mint',
      submittedAt: 1,
      status: 'pending',
    }
    session = await openApp({
      path: '/add',
      localStorage: { 'poolscope.pendingTxs': JSON.stringify([corrupt]) },
    })
    const { page } = session
    await connect(page)
    await page.getByTestId('stored-data-notice').waitFor({ timeout: 30_000 })
    expect(await page.getByTestId('stored-data-notice').textContent()).toContain(
      '1 stored transaction could not be read and was dropped.',
    )
    await page.getByTestId('add-liquidity-form').waitFor()
    expect(await page.evaluate(() => localStorage.getItem('poolscope.pendingTxs'))).toBe('[]')
    expect(session.errors).toEqual([])
  })

  it('replaced while the tab was closed: the reload says "replaced by 0x…" and what to do', async () => {
    session = await openApp({ path: '/add' })
    const { page } = session
    await connect(page)
    await fillV3InRange(page, '0.2')
    await rpc('evm_setAutomine', [false])
    await page.getByTestId('submit-add').click()
    await page.locator('[data-testid="tx-step"][data-status="pending"]').waitFor({ timeout: 30_000 })
    const stored = JSON.parse(
      (await page.evaluate(() => localStorage.getItem('poolscope.pendingTxs'))) ?? '[]',
    )
    const nonce = must(stored[0]?.nonce as number | undefined, 'stored nonce')
    expect(stored[0]).toMatchObject({ status: 'pending', from: owner })
    await page.close() // the tab is closed
    // Meanwhile the wallet sends another call with the same nonce (a higher fee replaces it).
    const replacement = (await rpc('eth_sendTransaction', [
      {
        from: owner,
        to: deployments.contracts.weth9,
        data: `0x095ea7b3${npm.slice(2).toLowerCase().padStart(64, '0')}${'0'.repeat(63)}1`,
        nonce: `0x${nonce.toString(16)}`,
        maxFeePerGas: '0x174876e800',
        maxPriorityFeePerGas: '0x174876e800',
      },
    ])) as Hex
    await rpc('evm_mine')
    await rpc('evm_setAutomine', [true])
    const reopened = await session.context.newPage()
    reopened.on('pageerror', (error) => session?.errors.push(`pageerror: ${error.message}`))
    reopened.on('console', (message) => {
      if (message.type() === 'error') session?.errors.push(`console.error: ${message.text()}`)
    })
    await reopened.goto(`${inject('appUrl')}/pools`)
    const entry = reopened.locator('[data-testid="pending-tx"][data-status="replaced"]')
    await entry.waitFor({ timeout: 30_000 })
    const text = (await entry.textContent()) ?? ''
    expect(text).toContain(`replaced by ${replacement.slice(0, 10)}`)
    expect(text).toContain('check it in your wallet before sending this one again')
    expect(session.errors).toEqual([])
  })
})

describe('write gates in the app', () => {
  it('the RPC serves another chain id than the selected chain: the write is blocked before the wallet is asked', async () => {
    const proxy = await startRpcProxy({
      upstream: rpcUrl,
      port: Number(process.env.POOLSCOPE_PROXY_PORT ?? 8860),
    })
    try {
      // The wallet is on the devnet (31337) and reaches it directly; the app's RPC goes through the proxy.
      session = await openApp({
        path: '/add',
        localStorage: { 'poolscope.settings': JSON.stringify({ rpcUrls: { 31337: [proxy.url] } }) },
        initScript: {
          fn: installFakeWallets as (arg: never) => void,
          arg: [{ rdns: 'test.gate', name: 'Gate wallet', account: owner, rpcUrl }],
        },
      })
      const { page } = session
      await page.getByTestId('account-button').click()
      await page.getByTestId('connector-test.gate').click()
      await page.locator('[data-testid="account-button"][data-account-source="wallet"]').waitFor()
      await fillV3InRange(page, '0.1')
      const nonce = await rpc('eth_getTransactionCount', [owner, 'latest'])
      await proxy.setFault({ kind: 'chain-id', chainId: 1 })
      await page.getByTestId('submit-add').click()
      await page.getByTestId('tx-failed').waitFor({ timeout: 30_000 })
      expect(await page.getByTestId('tx-failed').textContent()).toContain(
        'The RPC serves chain id 1, not 31337: writes are blocked until the RPC URL in Settings is fixed.',
      )
      expect(await page.locator('[data-testid="tx-step"][data-status="waiting-wallet"]').count()).toBe(0)
      expect(await rpc('eth_getTransactionCount', [owner, 'latest'])).toBe(nonce)
      expect(await rpc('eth_getTransactionCount', [owner, 'pending'])).toBe(nonce)
      expect(session.errors).toEqual([])
    } finally {
      await proxy.close()
    }
  })
})
