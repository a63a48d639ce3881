import {
  type Address,
  createPublicClient,
  decodeFunctionData,
  type Hex,
  http,
  type PublicClient,
  parseAbi,
  parseEventLogs,
  zeroAddress,
} from 'viem'
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest'
import { npmWriteAbi } from '../../src/chain/write/writeAbis.ts'
import { deriveV2Deposit } from '../../src/domain/actions/deriveV2Deposit.ts'
import { startingSqrtPrice } from '../../src/domain/actions/startingSqrtPrice.ts'
import { getTickAtSqrtRatio, sqrtPriceX96ToPrice } from '../../src/math/index.ts'
import { devnetRpc } from '../helpers/devnetRpc.ts'
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
const farm = must(deployments.stakingRewards[0])
const v2Pair = must(deployments.v2Pairs.find((p) => p.address === farm.stakingToken))

const abi = parseAbi([
  'function balanceOf(address) view returns (uint256)',
  'function slot0() view returns (uint160 sqrtPriceX96, int24 tick, uint16, uint16, uint16, uint8, bool)',
  'function positions(uint256 tokenId) view returns (uint96, address, address, address, uint24, int24 tickLower, int24 tickUpper, uint128 liquidity, uint256, uint256, uint128, uint128)',
  'function ownerOf(uint256) view returns (address)',
  'function deposits(uint256) view returns (address owner, uint48 numberOfStakes, int24 tickLower, int24 tickUpper)',
  'function getReserves() view returns (uint112, uint112, uint32)',
  'function totalSupply() view returns (uint256)',
  'event IncreaseLiquidity(uint256 indexed tokenId, uint128 liquidity, uint256 amount0, uint256 amount1)',
  'event Mint(address indexed sender, uint256 amount0, uint256 amount1)',
  'event Transfer(address indexed from, address indexed to, uint256 value)',
  'event Approval(address indexed owner, address indexed spender, uint256 value)',
  'function allowance(address owner, address spender) view returns (uint256)',
])

const rpc = (method: string, params: unknown[] = []) => devnetRpc(rpcUrl, method, params)

let session: AppSession | undefined
let snapshotId: string | undefined
let client: PublicClient
beforeEach(async () => {
  snapshotId = (await rpc('evm_snapshot')) as string
  client = createPublicClient({ transport: http(rpcUrl), cacheTime: 0, pollingInterval: 50 }) as PublicClient
})
afterEach(async () => {
  await session?.close()
  session = undefined
  if (snapshotId) await rpc('evm_revert', [snapshotId])
})

const balanceOf = (token: Address, account: Address = owner) =>
  client.readContract({ address: token, abi, functionName: 'balanceOf', args: [account] })

async function openConnected(path: string) {
  session = await openApp({ path })
  const { page } = session
  await page.getByTestId('account-button').click()
  await page.getByTestId('connector-poolscopeDevWallet').click()
  await page.locator('[data-testid="account-button"][data-account-source="wallet"]').waitFor()
  return page
}

/** Receipts of the transactions mined since `fromBlock` (the app's own, sent by the Dev wallet). */
async function receiptsSince(fromBlock: bigint) {
  const latest = await client.getBlockNumber()
  const receipts = []
  for (let n = fromBlock + 1n; n <= latest; n++) {
    const block = await client.getBlock({ blockNumber: n })
    for (const hash of block.transactions) receipts.push(await client.getTransactionReceipt({ hash }))
  }
  return receipts
}

describe('add liquidity in Chromium with the Dev wallet', () => {
  it('V3 in range: the review predicts the liquidity, the mint matches to the wei and shows in the dashboard', async () => {
    const page = await openConnected('/add')
    const startBlock = await client.getBlockNumber()
    const weth0 = await balanceOf(v3Pool.token0)
    const usdc0 = await balanceOf(v3Pool.token1)
    await page.getByTestId('pool-select').selectOption(v3Pool.address)
    await page.getByTestId('current-price').waitFor()
    await page.getByTestId('range-preset-10').click()
    await page.getByTestId('amount-token0').fill('1.5')
    await page.getByTestId('review').waitFor()
    const predictedLiquidity = BigInt(
      (await page.getByTestId('review-liquidity').getAttribute('data-exact')) ?? '0',
    )
    expect(predictedLiquidity).toBeGreaterThan(0n)
    // The other side is computed and shown.
    expect(Number(await page.getByTestId('amount-token1').inputValue())).toBeGreaterThan(0)
    await page.getByTestId('submit-add').click()
    await page.locator('[data-testid="tx-stepper"][data-phase="done"]').waitFor({ timeout: 30_000 })
    await page.getByTestId('add-done').waitFor()

    const receipts = await receiptsSince(startBlock)
    const mint = receipts.flatMap((r) =>
      parseEventLogs({ abi, eventName: 'IncreaseLiquidity', logs: r.logs }),
    )
    expect(mint).toHaveLength(1)
    const { tokenId, liquidity, amount0, amount1 } = must(mint[0]).args
    expect(liquidity).toBe(predictedLiquidity)
    expect(weth0 - (await balanceOf(v3Pool.token0))).toBe(amount0)
    expect(usdc0 - (await balanceOf(v3Pool.token1))).toBe(amount1)
    const position = await client.readContract({
      address: npm,
      abi,
      functionName: 'positions',
      args: [tokenId],
    })
    expect(position[7]).toBe(liquidity)
    expect(await client.readContract({ address: npm, abi, functionName: 'ownerOf', args: [tokenId] })).toBe(
      owner,
    )

    // The dashboard shows the new position.
    await page.getByTestId('nav-positions').click()
    await page
      .locator(`[data-testid="position-card"][data-position-id="v3:${tokenId}"]`)
      .waitFor({ timeout: 30_000 })
    expect(session?.errors).toEqual([])
  })

  it('a watched address sees the whole review (APR, IL, histogram, simulation) but cannot sign: no wallet prompt', async () => {
    session = await openApp()
    const { page } = session
    await page.getByTestId('watch-address-input').fill(owner)
    await page.getByTestId('watch-address-submit').click()
    await page.locator('[data-testid="account-button"][data-account-source="watch"]').waitFor()
    await page.getByTestId('nav-add').click()
    const startBlock = await client.getBlockNumber()
    await page.getByTestId('pool-select').selectOption(v3Pool.address)
    // Pool stats for each fee tier of the pair, from the pools list.
    await page.locator('[data-testid="pool-choice-row"]').first().waitFor()
    expect(await page.locator('[data-testid="pool-choice-row"]').count()).toBeGreaterThanOrEqual(2)
    await page.locator('[data-testid="pool-choice-tvl"]:not(:text("…"))').first().waitFor()
    await page.getByTestId('range-preset-10').click()
    await page.locator('[data-testid="range-histogram"] svg path').first().waitFor({ timeout: 15_000 })
    await page.getByTestId('amount-token0').fill('0.5')
    await page.getByTestId('review').waitFor()
    await page.locator('[data-testid="review-apr"]:has-text("fees")').waitFor({ timeout: 15_000 })
    expect(await page.getByTestId('review-il').textContent()).toMatch(/−50 %: −\d/)
    // The deposit was simulated as the watched account, approvals included via state override.
    await page.locator('[data-testid="simulation"][data-status="ok"]').waitFor({ timeout: 15_000 })
    await page.getByTestId('cannot-sign').waitFor()
    expect(await page.getByTestId('cannot-sign').textContent()).toMatch(/watched address cannot sign/)
    expect(await page.getByTestId('submit-add').isDisabled()).toBe(true)
    expect(await client.getBlockNumber()).toBe(startBlock)
    expect(session.errors).toEqual([])
  })

  it('V3 one-sided out of range: only token0 is taken, the UI says it is one-sided', async () => {
    const page = await openConnected('/add')
    const [, tick] = await client.readContract({ address: v3Pool.address, abi, functionName: 'slot0' })
    const base = Math.ceil(tick / 60) * 60
    const startBlock = await client.getBlockNumber()
    const usdc0 = await balanceOf(v3Pool.token1)
    await page.getByTestId('pool-select').selectOption(v3Pool.address)
    await page.getByTestId('current-price').waitFor()
    await page.getByTestId('tick-lower').fill(String(base + 1200))
    await page.getByTestId('tick-upper').fill(String(base + 3000))
    await page.getByTestId('amount-token0').fill('0.25')
    await page.getByTestId('one-sided-note').waitFor()
    await page.getByTestId('submit-add').click()
    await page.locator('[data-testid="tx-stepper"][data-phase="done"]').waitFor({ timeout: 30_000 })
    const [mint] = (await receiptsSince(startBlock)).flatMap((r) =>
      parseEventLogs({ abi, eventName: 'IncreaseLiquidity', logs: r.logs }),
    )
    expect(mint?.args.amount1).toBe(0n)
    expect(mint?.args.amount0).toBeLessThanOrEqual(250_000_000_000_000_000n)
    expect(mint?.args.amount0).toBeGreaterThan(249_999_999_999_999_000n)
    expect(await balanceOf(v3Pool.token1)).toBe(usdc0)
    const position = await client.readContract({
      address: npm,
      abi,
      functionName: 'positions',
      args: [must(mint).args.tokenId],
    })
    expect([position[5], position[6]]).toEqual([base + 1200, base + 3000])
  })

  it('V2 add then stake the new LP in the StakingRewards farm; the dashboard shows the farm position', async () => {
    const page = await openConnected('/add')
    const startBlock = await client.getBlockNumber()
    const lp0 = await balanceOf(v2Pair.address)
    const staked0 = await balanceOf(farm.address)
    await page.getByTestId('pool-select').selectOption(v2Pair.address)
    await page.getByTestId('amount-token1').fill('1000')
    await page.getByTestId('review').waitFor()
    await page.getByTestId('submit-add').click()
    await page.locator('[data-testid="tx-stepper"][data-phase="done"]').waitFor({ timeout: 30_000 })
    const addReceipts = await receiptsSince(startBlock)
    const [pairMint] = addReceipts.flatMap((r) => parseEventLogs({ abi, eventName: 'Mint', logs: r.logs }))
    // Exactly what the router takes at the reserves before the add (token0 quoted, token1 re-quoted, floored).
    const [reserve0, reserve1] = await client.readContract({
      address: v2Pair.address,
      abi,
      functionName: 'getReserves',
      blockNumber: startBlock,
    })
    const totalSupply = await client.readContract({
      address: v2Pair.address,
      abi,
      functionName: 'totalSupply',
      blockNumber: startBlock,
    })
    const predicted = deriveV2Deposit({ reserve0, reserve1, totalSupply }, 'token1', 1_000_000_000n)
    expect(pairMint?.args).toMatchObject({ amount0: predicted.amount0Wei, amount1: predicted.amount1Wei })
    const lpMinted = (await balanceOf(v2Pair.address)) - lp0
    expect(lpMinted).toBe(predicted.liquidityWei)

    await page.getByTestId('stake-new').click()
    await page.getByTestId('stake-done').waitFor({ timeout: 30_000 })
    expect(await balanceOf(farm.address, owner)).toBe(staked0 + lpMinted)
    expect(await balanceOf(v2Pair.address)).toBe(lp0)

    await page.getByTestId('nav-positions').click()
    await page
      .locator(`[data-testid="position-card"][data-position-id="v2:${v2Pair.address.toLowerCase()}:farm"]`)
      .waitFor({ timeout: 30_000 })
  })

  it('V3 add then stake in the V3 staker incentive (one tx): the staker holds the NFT', async () => {
    const page = await openConnected('/add')
    const startBlock = await client.getBlockNumber()
    await page.getByTestId('pool-select').selectOption(v3Pool.address)
    await page.getByTestId('current-price').waitFor()
    await page.getByTestId('amount-token0').fill('0.5')
    await page.getByTestId('review').waitFor()
    await page.getByTestId('submit-add').click()
    await page.locator('[data-testid="tx-stepper"][data-phase="done"]').waitFor({ timeout: 30_000 })
    await page.getByTestId('stake-new').click()
    await page.getByTestId('stake-done').waitFor({ timeout: 30_000 })
    const [mint] = (await receiptsSince(startBlock)).flatMap((r) =>
      parseEventLogs({ abi, eventName: 'IncreaseLiquidity', logs: r.logs }),
    )
    const tokenId = must(mint).args.tokenId
    expect(await client.readContract({ address: npm, abi, functionName: 'ownerOf', args: [tokenId] })).toBe(
      deployments.contracts.v3Staker,
    )
    const [depositOwner, stakes] = await client.readContract({
      address: deployments.contracts.v3Staker,
      abi,
      functionName: 'deposits',
      args: [tokenId],
    })
    expect([depositOwner, stakes]).toEqual([owner, 1])
  })

  it('bad input: too many decimals, above balance, lower ≥ upper stop the flow; pasted tokens are verified on chain', async () => {
    const page = await openConnected('/add')
    await page.getByTestId('pool-select').selectOption(v3Pool.address)
    await page.getByTestId('current-price').waitFor()
    await page.getByTestId('amount-token1').fill('1.1234567')
    await page
      .getByTestId('amount-error')
      .getByText(/at most 6 digits/)
      .waitFor()
    await page.getByTestId('amount-token0').fill('100000000')
    await page
      .getByTestId('amount-error')
      .getByText(/Insufficient WETH balance/)
      .waitFor()
    expect(await page.getByTestId('submit-add').count()).toBe(0)
    await page.getByTestId('tick-lower').fill('600')
    await page.getByTestId('tick-upper').fill('600')
    await page
      .getByTestId('range-error')
      .getByText(/lower price must be below/)
      .waitFor()

    // Pasted tokens are verified on chain: listed, unknown (an LP token), not a token (the NPM has no decimals()).
    const input = page.getByTestId('token-address-input')
    await input.fill(deployments.usdToken)
    await page.locator('[data-testid="token-verdict"][data-level="listed"]').waitFor()
    await input.fill(v2Pair.address)
    await page.locator('[data-testid="token-verdict"][data-level="unknown"]').waitFor()
    await page.getByTestId('no-pool-for-token').waitFor()
    await input.fill(npm)
    await page.locator('[data-testid="token-verdict"][data-level="invalid"]').waitFor()
  })
})

/** A scriptable EIP-6963 wallet (runs in the page): rejects or switches chain on request, else forwards to anvil. */
function installScriptedWallet(spec: { rpcUrl: string; account: string }) {
  type Listener = (value: unknown) => void
  const listeners = new Map<string, Set<Listener>>()
  const state = { chainId: '0x7a69', connected: false, rejectNextSend: false, switchAfterNextSend: '' }
  const emit = (event: string, value: unknown) => {
    for (const listener of listeners.get(event) ?? []) listener(value)
  }
  const forward = async (method: string, params: unknown) => {
    const response = await fetch(spec.rpcUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params: params ?? [] }),
    })
    const body = await response.json()
    if (body.error)
      throw Object.assign(new Error(body.error.message), { code: body.error.code, data: body.error.data })
    return body.result
  }
  const provider = {
    async request({ method, params }: { method: string; params?: unknown[] }) {
      switch (method) {
        case 'eth_requestAccounts':
        case 'wallet_requestPermissions':
          state.connected = true
          return method === 'eth_requestAccounts' ? [spec.account] : [{ parentCapability: 'eth_accounts' }]
        case 'eth_accounts':
          return state.connected ? [spec.account] : []
        case 'eth_chainId':
          return state.chainId
        case 'wallet_switchEthereumChain': {
          state.chainId = ((params ?? [])[0] as { chainId: string }).chainId
          emit('chainChanged', state.chainId)
          return null
        }
        case 'eth_sendTransaction': {
          if (state.rejectNextSend) {
            state.rejectNextSend = false
            throw Object.assign(new Error('User rejected the request.'), { code: 4001 })
          }
          const hash = await forward(method, params)
          if (state.switchAfterNextSend) {
            state.chainId = state.switchAfterNextSend
            state.switchAfterNextSend = ''
            setTimeout(() => emit('chainChanged', state.chainId), 0)
          }
          return hash
        }
        default:
          return forward(method, params)
      }
    },
    on(event: string, listener: Listener) {
      if (!listeners.has(event)) listeners.set(event, new Set())
      listeners.get(event)?.add(listener)
    },
    removeListener(event: string, listener: Listener) {
      listeners.get(event)?.delete(listener)
    },
  }
  ;(window as unknown as { __scripted: unknown }).__scripted = state
  const detail = Object.freeze({
    info: {
      uuid: crypto.randomUUID(),
      name: 'Scripted wallet',
      icon: 'data:image/svg+xml,%3Csvg xmlns="http://www.w3.org/2000/svg"/%3E',
      rdns: 'test.scripted',
    },
    provider,
  })
  const announce = () => window.dispatchEvent(new CustomEvent('eip6963:announceProvider', { detail }))
  window.addEventListener('eip6963:requestProvider', announce)
  announce()
}

async function openScripted(path: string) {
  session = await openApp({
    path,
    initScript: { fn: installScriptedWallet as (arg: never) => void, arg: { rpcUrl, account: owner } },
  })
  const { page } = session
  await page.getByTestId('account-button').click()
  await page.getByTestId('connector-test.scripted').click()
  await page.locator('[data-testid="account-button"][data-account-source="wallet"]').waitFor()
  return page
}

async function fillV3InRange(page: Awaited<ReturnType<typeof openScripted>>, amount: string) {
  await page.getByTestId('pool-select').selectOption(v3Pool.address)
  await page.getByTestId('current-price').waitFor()
  await page.getByTestId('amount-token0').fill(amount)
  await page.getByTestId('review').waitFor()
}

describe('faults in the flow (scripted wallet)', () => {
  it('a rejected signature goes back to review with the inputs kept; submitting again works', async () => {
    const page = await openScripted('/add')
    await fillV3InRange(page, '0.3')
    await page.evaluate(() => {
      ;(window as unknown as { __scripted: { rejectNextSend: boolean } }).__scripted.rejectNextSend = true
    })
    await page.getByTestId('submit-add').click()
    await page.getByTestId('tx-rejected').waitFor({ timeout: 30_000 })
    await page.getByTestId('tx-rejected').getByRole('button', { name: 'Back to review' }).click()
    expect(await page.getByTestId('amount-token0').inputValue()).toBe('0.3')
    await page.getByTestId('submit-add').click()
    await page.locator('[data-testid="tx-stepper"][data-phase="done"]').waitFor({ timeout: 30_000 })
  })

  it('the wallet switches chain mid-flow: the flow pauses, asks to switch back, then finishes', async () => {
    // The seed leaves no allowance, earlier tests may leave dust: revoke so the flow is approve → approve → mint.
    for (const token of [v3Pool.token0, v3Pool.token1])
      await rpc('eth_sendTransaction', [
        {
          from: owner,
          to: token,
          data: `0x095ea7b3${npm.slice(2).toLowerCase().padStart(64, '0')}${'0'.repeat(64)}`,
        },
      ])
    const page = await openScripted('/add')
    const startBlock = await client.getBlockNumber()
    await fillV3InRange(page, '0.3')
    await page.evaluate(() => {
      ;(window as unknown as { __scripted: { switchAfterNextSend: string } }).__scripted.switchAfterNextSend =
        '0x1'
    })
    await page.getByTestId('submit-add').click()
    await page.getByTestId('tx-wrong-chain').waitFor({ timeout: 30_000 })
    expect(await page.locator('[data-testid="tx-step"][data-status="confirmed"]').count()).toBe(1)
    await page.getByTestId('tx-wrong-chain').getByRole('button', { name: 'Switch back' }).click()
    await page.locator('[data-testid="tx-stepper"][data-phase="done"]').waitFor({ timeout: 30_000 })
    expect(await page.locator('[data-testid="tx-step"][data-status="confirmed"]').count()).toBe(3)
    // Exact approvals: WETH for exactly the typed 0.3, USDC for exactly the derived amount (what the
    // mint did not use stays approved, nothing more).
    const receipts = await receiptsSince(startBlock)
    const approvals = receipts.flatMap((r) => parseEventLogs({ abi, eventName: 'Approval', logs: r.logs }))
    const [mint] = receipts.flatMap((r) =>
      parseEventLogs({ abi, eventName: 'IncreaseLiquidity', logs: r.logs }),
    )
    const approved = (token: Address) =>
      must(approvals.find((a) => a.address.toLowerCase() === token.toLowerCase() && a.args.spender === npm))
        .args.value
    expect(approved(v3Pool.token0)).toBe(300_000_000_000_000_000n)
    const left1 = await client.readContract({
      address: v3Pool.token1,
      abi,
      functionName: 'allowance',
      args: [owner, npm],
    })
    expect(approved(v3Pool.token1)).toBe(left1 + must(mint).args.amount1)
    expect(left1).toBeLessThan(2n)
  })

  it('a pending transaction survives a reload and its cancellation is detected', async () => {
    const page = await openConnected('/add')
    await fillV3InRange(page, '0.2')
    await rpc('evm_setAutomine', [false])
    try {
      await page.getByTestId('submit-add').click()
      await page.locator('[data-testid="tx-step"][data-status="pending"]').waitFor({ timeout: 30_000 })
      // Not mined: the account's mined count is the pending transaction's nonce.
      const nonce = (await rpc('eth_getTransactionCount', [owner, 'latest'])) as string
      await page.reload()
      await page.locator('[data-testid="pending-tx"][data-status="pending"]').waitFor({ timeout: 30_000 })
      await page.waitForTimeout(1_500) // the resumed watch has fetched the original transaction
      // Cancel: a 0-value self-transfer with the same nonce and a higher fee replaces it.
      await rpc('eth_sendTransaction', [
        {
          from: owner,
          to: owner,
          value: '0x0',
          nonce,
          maxFeePerGas: '0x174876e800',
          maxPriorityFeePerGas: '0x174876e800',
        },
      ])
      await rpc('evm_mine')
      await page.locator('[data-testid="pending-tx"][data-status="cancelled"]').waitFor({ timeout: 30_000 })
      const stored = await page.evaluate(() => localStorage.getItem('poolscope.pendingTxs'))
      expect(JSON.parse(stored ?? '[]')).toMatchObject([{ status: 'cancelled' }])
    } finally {
      await rpc('evm_setAutomine', [true])
    }
  })
})

describe('create a missing V3 pool from the guided form', () => {
  it('WETH/USDC 1 %: starting price with a deviation check, then create + initialize + mint in one multicall', async () => {
    const factoryAbi = parseAbi(['function getPool(address, address, uint24) view returns (address)'])
    const poolAbi = parseAbi(['function liquidity() view returns (uint128)'])
    const { v3Factory, weth9 } = deployments.contracts
    const usdc = deployments.usdToken
    // The devnet sorts WETH first (see v3Pool above): prices are USDC per WETH.
    expect(v3Pool.token0).toBe(weth9)
    const getPool = () =>
      client.readContract({
        address: v3Factory,
        abi: factoryAbi,
        functionName: 'getPool',
        args: [weth9, usdc, 10_000],
      })
    expect(await getPool()).toBe(zeroAddress)
    const [referenceSqrtPriceX96] = await client.readContract({
      address: v3Pool.address,
      abi,
      functionName: 'slot0',
    })
    const referencePrice = sqrtPriceX96ToPrice(referenceSqrtPriceX96, 18, 6)

    const page = await openConnected('/add')
    const startBlock = await client.getBlockNumber()
    await page.getByTestId('pool-select').selectOption(v3Pool.address)
    await page.getByTestId('create-tier-10000').click()
    await page.getByTestId('create-pool-warning').waitFor()
    // Bad input is refused inline; a price far from the 0.3 % pool is warned strongly and blocks until acknowledged.
    await page.getByTestId('create-price').fill('-5')
    await page.getByText('Write the price as a plain positive decimal number').waitFor()
    await page.getByTestId('create-price').fill((referencePrice * 1.5).toFixed(2))
    await page.getByTestId('create-deviation-strong').waitFor()
    expect(await page.getByTestId('current-price').count()).toBe(0)
    await page.getByTestId('create-deviation-ack').check()
    await page.getByTestId('current-price').waitFor()
    // The quote flips (WETH per USDC) and a price near the other pools passes with a plain comparison.
    await page.getByTestId('create-price-flip').click()
    const inverseText = (1 / referencePrice).toPrecision(8)
    await page.getByTestId('create-price').fill(inverseText)
    await page.getByTestId('create-deviation').waitFor()
    const start = startingSqrtPrice(inverseText, 18, 6, 'token0PerToken1')
    if (!start.ok) throw new Error(start.message)
    expect(await page.getByTestId('create-start').textContent()).toContain(start.sqrtPriceX96.toString())

    await page.getByTestId('current-price').waitFor()
    await page.getByTestId('range-preset-10').click()
    await page.getByTestId('amount-token0').fill('1')
    await page.getByTestId('review').waitFor()
    await page.locator('[data-testid="simulation"][data-status="ok"]').waitFor({ timeout: 15_000 })
    const predictedLiquidity = BigInt(
      (await page.getByTestId('review-liquidity').getAttribute('data-exact')) ?? '0',
    )
    expect(predictedLiquidity).toBeGreaterThan(0n)
    await page.getByTestId('submit-add').click()
    await page.locator('[data-testid="tx-stepper"][data-phase="done"]').waitFor({ timeout: 30_000 })

    const pool = await getPool()
    expect(pool).not.toBe(zeroAddress)
    const [sqrtPriceX96, tick] = await client.readContract({ address: pool, abi, functionName: 'slot0' })
    expect(sqrtPriceX96).toBe(start.sqrtPriceX96)
    expect(tick).toBe(getTickAtSqrtRatio(start.sqrtPriceX96))
    expect(await client.readContract({ address: pool, abi: poolAbi, functionName: 'liquidity' })).toBe(
      predictedLiquidity,
    )
    const receipts = await receiptsSince(startBlock)
    const mints = receipts.flatMap((r) =>
      parseEventLogs({ abi, eventName: 'IncreaseLiquidity', logs: r.logs }),
    )
    expect(mints).toHaveLength(1)
    const mint = must(mints[0])
    expect(mint.args.liquidity).toBe(predictedLiquidity)
    // One NPM multicall: createAndInitializePoolIfNecessary, then mint.
    const mintTx = await client.getTransaction({ hash: mint.transactionHash })
    const outer = decodeFunctionData({ abi: npmWriteAbi, data: mintTx.input })
    expect(outer.functionName).toBe('multicall')
    const inner = (must(outer.args, 'multicall args')[0] as Hex[]).map(
      (data) => decodeFunctionData({ abi: npmWriteAbi, data }).functionName,
    )
    expect(inner).toEqual(['createAndInitializePoolIfNecessary', 'mint'])
    const position = await client.readContract({
      address: npm,
      abi,
      functionName: 'positions',
      args: [mint.args.tokenId],
    })
    expect(position[4]).toBe(10_000)
    expect(position[7]).toBe(predictedLiquidity)

    await page.getByTestId('nav-positions').click()
    await page
      .locator(`[data-testid="position-card"][data-position-id="v3:${mint.args.tokenId}"]`)
      .waitFor({ timeout: 30_000 })
    expect(session?.errors).toEqual([])
  })
})
