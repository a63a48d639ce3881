import {
  type Address,
  createPublicClient,
  createWalletClient,
  decodeFunctionData,
  encodeFunctionData,
  erc20Abi,
  formatUnits,
  getAddress,
  http,
  maxUint256,
  numberToHex,
  type PublicClient,
  parseAbi,
  parseEventLogs,
} from 'viem'
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest'
import { testAddress } from '../../devnet/accounts.ts'
import { deployApprovalQuirkTokens } from '../../devnet/approvalQuirkTokens.ts'
import { devnetChain } from '../../devnet/chain.ts'
import { permit2Abi } from '../../src/chain/abi/permit2Abi.ts'
import { devnetRpc } from '../helpers/devnetRpc.ts'
import { type AppSession, openApp } from './harness.ts'

function must<T>(value: T | undefined | null, what = 'value'): T {
  if (value === undefined || value === null) throw new Error(`missing ${what}`)
  return value
}

const deployments = inject('browserDeployments')
const rpcUrl = inject('browserRpcUrl')
const { contracts } = deployments
const npm = contracts.nonfungiblePositionManager
const tokenBySymbol = (symbol: string) =>
  must(
    deployments.tokens.find((t) => t.symbol === symbol),
    symbol,
  )
const weth = tokenBySymbol('WETH')
const usdc = tokenBySymbol('USDC')
const wbtc = tokenBySymbol('WBTC')
const v3Pool = must(
  deployments.v3Pools.find((p) => p.fee === 3000 && p.token0 === weth.address && p.token1 === usdc.address),
)
/** anvil account 6: unlocked, never used by the seed. */
const tester = testAddress(6)
const events = parseAbi([
  'event Approval(address indexed owner, address indexed spender, uint256 value)',
  'event IncreaseLiquidity(uint256 indexed tokenId, uint128 liquidity, uint256 amount0, uint256 amount1)',
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

/** Independent oracle: the token's own allowance(). */
const allowanceOf = (token: Address, owner: Address, spender: Address) =>
  client.readContract({ address: token, abi: erc20Abi, functionName: 'allowance', args: [owner, spender] })

async function approveDirect(owner: Address, token: Address, spender: Address, amount: bigint) {
  const hash = (await rpc('eth_sendTransaction', [
    {
      from: owner,
      to: token,
      data: encodeFunctionData({ abi: erc20Abi, functionName: 'approve', args: [spender, amount] }),
    },
  ])) as `0x${string}`
  expect((await client.waitForTransactionReceipt({ hash })).status).toBe('success')
}

async function receiptsSince(fromBlock: bigint) {
  const latest = await client.getBlockNumber()
  const receipts = []
  for (let n = fromBlock + 1n; n <= latest; n++) {
    const block = await client.getBlock({ blockNumber: n })
    for (const hash of block.transactions) receipts.push(await client.getTransactionReceipt({ hash }))
  }
  return receipts
}

/** An EIP-6963 wallet for `account` that forwards everything to anvil (which has the account unlocked). */
function installForwardingWallet(spec: { rpcUrl: string; account: string }) {
  type Listener = (value: unknown) => void
  const listeners = new Map<string, Set<Listener>>()
  let connected = false
  const sent: unknown[] = []
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
      if (method === 'eth_requestAccounts') {
        connected = true
        return [spec.account]
      }
      if (method === 'wallet_requestPermissions') {
        connected = true
        return [{ parentCapability: 'eth_accounts' }]
      }
      if (method === 'eth_accounts') return connected ? [spec.account] : []
      if (method === 'eth_chainId') return '0x7a69'
      if (method === 'eth_sendTransaction') sent.push((params ?? [])[0])
      return forward(method, params)
    },
    on(event: string, listener: Listener) {
      if (!listeners.has(event)) listeners.set(event, new Set())
      listeners.get(event)?.add(listener)
    },
    removeListener(event: string, listener: Listener) {
      listeners.get(event)?.delete(listener)
    },
  }
  ;(window as unknown as { __sent: unknown[] }).__sent = sent
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

async function openWithWallet(path: string, account: Address) {
  session = await openApp({
    path,
    initScript: { fn: installForwardingWallet as (arg: never) => void, arg: { rpcUrl, account } },
  })
  const { page } = session
  await page.getByTestId('account-button').click()
  await page.getByTestId('connector-test.scripted').click()
  await page.locator('[data-testid="account-button"][data-account-source="wallet"]').waitFor()
  return page
}

const rowSelector = (token: Address, spender: Address) =>
  `[data-testid="approval-row"][data-token="${token}"][data-spender="${spender}"]`

describe('Settings → Approvals', () => {
  it('lists what a test account approved (exact, unlimited, dust) and revokes one through review and the wallet', async () => {
    const farm = must(deployments.stakingRewards[0])
    const approvals: [Address, Address, bigint][] = [
      [weth.address, npm, 1_500_000_000_000_000_000n],
      [usdc.address, contracts.v2Router02, maxUint256],
      [wbtc.address, contracts.swapRouter, 50n],
      [farm.stakingToken, farm.address, 10n ** 17n],
    ]
    for (const [token, spender, amount] of approvals) await approveDirect(tester, token, spender, amount)
    const page = await openWithWallet('/settings', tester)
    await page.getByTestId('approvals-list').waitFor({ timeout: 30_000 })
    const rows = page.getByTestId('approval-row')
    expect(await rows.count()).toBe(approvals.length)
    for (const [token, spender] of approvals) {
      const row = page.locator(rowSelector(token, spender))
      const onChain = await allowanceOf(token, tester, spender)
      const decimals = deployments.tokens.find((t) => t.address === token)?.decimals ?? 18
      if (onChain === maxUint256) {
        expect(await row.getAttribute('data-kind')).toBe('unlimited')
        expect(await row.getByTestId('approval-amount').textContent()).toBe('Unlimited')
      } else {
        expect(await row.getByTestId('approval-amount-value').getAttribute('data-exact')).toBe(
          formatUnits(onChain, decimals),
        )
      }
    }
    expect(
      await page.locator(rowSelector(weth.address, npm)).getByTestId('approval-token').textContent(),
    ).toBe('WETH')
    expect(
      await page.locator(rowSelector(weth.address, npm)).getByTestId('approval-spender').textContent(),
    ).toBe('to Uniswap V3 positions (NPM)')
    expect(
      await page
        .locator(rowSelector(wbtc.address, contracts.swapRouter))
        .getByTestId('approval-dust')
        .textContent(),
    ).toBe('left over from an exact approval')
    expect(await page.locator(rowSelector(farm.stakingToken, farm.address)).getAttribute('data-kind')).toBe(
      'amount',
    )

    // Revoke WETH → NPM: a review with a simulation first, nothing sent before Confirm.
    const block0 = await client.getBlockNumber()
    await page.locator(rowSelector(weth.address, npm)).getByTestId('approval-revoke').click()
    const review = page.getByTestId('revoke-review')
    await review.locator('[data-testid="revoke-simulation"][data-status="ok"]').waitFor({ timeout: 30_000 })
    expect(await review.getByTestId('revoke-review-gas').textContent()).toMatch(/^\d+ \(limit sent \d+\)$/)
    expect(await client.getBlockNumber()).toBe(block0)
    await review.getByTestId('revoke-confirm').click()
    await page.locator('[data-testid="revoke-flow"] [data-testid="tx-stepper"][data-phase="done"]').waitFor({
      timeout: 30_000,
    })
    const sent = (await page.evaluate(() => (window as unknown as { __sent: unknown[] }).__sent)) as {
      to: string
      data: `0x${string}`
    }[]
    expect(sent).toHaveLength(1)
    expect(must(sent[0]).to.toLowerCase()).toBe(weth.address.toLowerCase())
    expect(decodeFunctionData({ abi: erc20Abi, data: must(sent[0]).data })).toEqual({
      functionName: 'approve',
      args: [npm, 0n],
    })
    expect(await allowanceOf(weth.address, tester, npm)).toBe(0n)
    await page.locator(rowSelector(weth.address, npm)).waitFor({ state: 'detached', timeout: 30_000 })
    expect(await rows.count()).toBe(approvals.length - 1)
    expect(await allowanceOf(usdc.address, tester, contracts.v2Router02)).toBe(maxUint256)

    // A token outside the catalogue, Tether-like (approve returns nothing, refuses non-zero → non-zero):
    // checked through the form, then revoked through the same review.
    const walletClient = createWalletClient({ chain: devnetChain, transport: http(rpcUrl) })
    // The app shows (and tags) the address checksummed.
    const usdtLike = getAddress((await deployApprovalQuirkTokens(walletClient, client, tester)).usdtLike)
    const approveHash = await rpc('eth_sendTransaction', [
      {
        from: tester,
        to: usdtLike,
        data: encodeFunctionData({
          abi: parseAbi(['function approve(address spender, uint256 value)']),
          functionName: 'approve',
          args: [npm, 3_000_000n],
        }),
      },
    ])
    expect((await client.waitForTransactionReceipt({ hash: approveHash as `0x${string}` })).status).toBe(
      'success',
    )
    expect(await allowanceOf(usdtLike, tester, npm)).toBe(3_000_000n)
    const input = page.getByTestId('approvals-add-token-input')
    await input.fill('0x1234')
    await page.getByTestId('approvals-add-token').click()
    await page.getByText('Enter a token address: 0x and 40 hex digits.').waitFor()
    await input.fill(tester)
    await page.getByTestId('approvals-add-token').click()
    await page
      .getByText('This address is not an ERC-20 token on this chain', { exact: false })
      .waitFor({ timeout: 30_000 })
    await input.fill(usdtLike)
    await page.getByTestId('approvals-add-token').click()
    const usdtRow = page.locator(rowSelector(usdtLike, npm))
    await usdtRow.waitFor({ timeout: 30_000 })
    expect(await usdtRow.getByTestId('approval-amount-value').getAttribute('data-exact')).toBe('3')
    expect(await usdtRow.getByTestId('approval-token').textContent()).toBe('USDT')
    await usdtRow.getByTestId('approval-revoke').click()
    await page.locator('[data-testid="revoke-simulation"][data-status="ok"]').waitFor({ timeout: 30_000 })
    await page.getByTestId('revoke-confirm').click()
    await page.locator('[data-testid="revoke-flow"] [data-testid="tx-stepper"][data-phase="done"]').waitFor({
      timeout: 30_000,
    })
    expect(await allowanceOf(usdtLike, tester, npm)).toBe(0n)
    await usdtRow.waitFor({ state: 'detached', timeout: 30_000 })
  })

  it('a watched address: the same rows, read only, no Revoke, and says why', async () => {
    await approveDirect(tester, usdc.address, npm, 2_500_000n)
    session = await openApp({ path: '/settings' })
    const { page } = session
    await page.getByTestId('watch-address-input').fill(tester)
    await page.getByTestId('watch-address-submit').click()
    await page.locator('[data-testid="account-button"][data-account-source="watch"]').waitFor()
    await page.getByTestId('approvals-list').waitFor({ timeout: 30_000 })
    expect(await page.getByTestId('approval-row').count()).toBe(1)
    expect(
      await page
        .locator(rowSelector(usdc.address, npm))
        .getByTestId('approval-amount-value')
        .getAttribute('data-exact'),
    ).toBe('2.5')
    expect(await page.getByTestId('approval-revoke').count()).toBe(0)
    expect(await page.getByTestId('approvals-watch-only').textContent()).toContain('cannot sign')
  })
})

describe('Settings → Approvals: Permit2', () => {
  const v4 = must(deployments.v4, 'V4 deployments')
  const permit2 = v4.permit2
  const v4Positions = v4.positionManager
  /** A fresh account (HD index 40: never funded, never used by the seed or other tests), impersonated. */
  const fresh = testAddress(40)
  /** Independent oracle: Permit2's own allowance(), one plain eth_call. */
  const permit2AllowanceOf = async (token: Address, spender: Address) => {
    const [amount, expiration, nonce] = await client.readContract({
      address: permit2,
      abi: permit2Abi,
      functionName: 'allowance',
      args: [fresh, token, spender],
    })
    return { amount, expiration, nonce }
  }
  const permit2Row = (token: Address, spender: Address) =>
    `[data-testid="permit2-row"][data-token="${token}"][data-spender="${spender}"]`
  afterEach(async () => {
    await rpc('anvil_stopImpersonatingAccount', [fresh])
  })

  it('lists the ERC-20 approvals of Permit2 and Permit2’s own allowances (amount, expiry against chain time) as read back, and revokes both', async () => {
    await rpc('anvil_impersonateAccount', [fresh])
    await rpc('anvil_setBalance', [fresh, numberToHex(10n ** 20n)])
    expect(await client.getTransactionCount({ address: fresh })).toBe(0)
    await approveDirect(fresh, weth.address, permit2, 2_000_000_000_000_000_000n)
    await approveDirect(fresh, usdc.address, permit2, maxUint256)
    const now = Number((await client.getBlock()).timestamp)
    const permit2Approve = async (token: Address, amount: bigint, expiration: number) => {
      const hash = (await rpc('eth_sendTransaction', [
        {
          from: fresh,
          to: permit2,
          data: encodeFunctionData({
            abi: permit2Abi,
            functionName: 'approve',
            args: [token, v4Positions, amount, expiration],
          }),
        },
      ])) as `0x${string}`
      expect((await client.waitForTransactionReceipt({ hash })).status).toBe('success')
    }
    // One live for an hour, one that expired a day ago (Permit2 stores a past expiration as given).
    await permit2Approve(weth.address, 1_250_000_000_000_000_000n, now + 3_600)
    await permit2Approve(usdc.address, 5_000_000n, now - 86_400)

    const page = await openWithWallet('/settings', fresh)
    await page.getByTestId('permit2-list').waitFor({ timeout: 30_000 })
    // The token approvals of Permit2 are rows like any other spender's.
    expect(await page.getByTestId('approval-row').count()).toBe(2)
    const wethToPermit2 = page.locator(rowSelector(weth.address, permit2))
    expect(await wethToPermit2.getByTestId('approval-spender').textContent()).toBe('to Permit2')
    expect(await wethToPermit2.getByTestId('approval-amount-value').getAttribute('data-exact')).toBe(
      formatUnits(await allowanceOf(weth.address, fresh, permit2), weth.decimals),
    )
    expect(await allowanceOf(usdc.address, fresh, permit2)).toBe(maxUint256)
    expect(await page.locator(rowSelector(usdc.address, permit2)).getAttribute('data-kind')).toBe('unlimited')

    // Permit2's own rows: exactly what Permit2.allowance() returns, the state from the chain's time.
    expect(await page.getByTestId('permit2-row').count()).toBe(2)
    const chainNow = Number((await client.getBlock()).timestamp)
    for (const token of [weth, usdc]) {
      const onChain = await permit2AllowanceOf(token.address, v4Positions)
      const row = page.locator(permit2Row(token.address, v4Positions))
      expect(await row.getByTestId('permit2-token').textContent()).toBe(token.symbol)
      expect(await row.getByTestId('permit2-spender').textContent()).toBe(
        'to Uniswap V4 positions via Permit2',
      )
      expect(await row.getByTestId('permit2-amount-value').getAttribute('data-exact')).toBe(
        formatUnits(onChain.amount, token.decimals),
      )
      expect(await row.getByTestId('permit2-expiry').getAttribute('data-expiration')).toBe(
        String(onChain.expiration),
      )
      expect(await row.getAttribute('data-state')).toBe(chainNow > onChain.expiration ? 'expired' : 'active')
    }
    expect((await permit2AllowanceOf(weth.address, v4Positions)).amount).toBe(1_250_000_000_000_000_000n)
    expect(
      await page.locator(permit2Row(usdc.address, v4Positions)).getByTestId('permit2-expiry').textContent(),
    ).toMatch(/^expired [A-Z][a-z]{2} \d{1,2}, \d{4}, \d{2}:\d{2} UTC$/)
    expect(
      await page.locator(permit2Row(weth.address, v4Positions)).getByTestId('permit2-expiry').textContent(),
    ).toMatch(/^expires /)

    // Revoke WETH in Permit2: review + simulation, nothing sent before Confirm, then approve(token, spender, 0, 0).
    const block0 = await client.getBlockNumber()
    await page.locator(permit2Row(weth.address, v4Positions)).getByTestId('permit2-revoke').click()
    const review = page.getByTestId('revoke-review')
    await review.locator('[data-testid="revoke-simulation"][data-status="ok"]').waitFor({ timeout: 30_000 })
    expect(await review.getByTestId('revoke-review-transaction').textContent()).toBe(
      'Permit2.approve(WETH, Uniswap V4 positions, 0, 0): the amount becomes 0',
    )
    expect(await client.getBlockNumber()).toBe(block0)
    await review.getByTestId('revoke-confirm').click()
    await page.locator('[data-testid="revoke-flow"] [data-testid="tx-stepper"][data-phase="done"]').waitFor({
      timeout: 30_000,
    })
    const sent = () =>
      page.evaluate(() => (window as unknown as { __sent: unknown[] }).__sent) as Promise<
        { to: string; data: `0x${string}` }[]
      >
    const first = await sent()
    expect(first).toHaveLength(1)
    expect(must(first[0]).to.toLowerCase()).toBe(permit2.toLowerCase())
    expect(decodeFunctionData({ abi: permit2Abi, data: must(first[0]).data })).toEqual({
      functionName: 'approve',
      args: [weth.address, v4Positions, 0n, 0],
    })
    expect((await permit2AllowanceOf(weth.address, v4Positions)).amount).toBe(0n)
    await page.locator(permit2Row(weth.address, v4Positions)).waitFor({ state: 'detached', timeout: 30_000 })
    // The other rows are untouched: the token's approval of Permit2 and the expired USDC one.
    expect(await allowanceOf(weth.address, fresh, permit2)).toBe(2_000_000_000_000_000_000n)
    expect((await permit2AllowanceOf(usdc.address, v4Positions)).amount).toBe(5_000_000n)
    expect(await page.getByTestId('permit2-row').count()).toBe(1)

    // Then the token's own approval of Permit2: approve(Permit2, 0) through the same review.
    await wethToPermit2.getByTestId('approval-revoke').click()
    await page.locator('[data-testid="revoke-simulation"][data-status="ok"]').waitFor({ timeout: 30_000 })
    expect(await page.getByTestId('revoke-review-transaction').textContent()).toBe(
      'approve(Permit2, 0): the allowance becomes 0',
    )
    await page.getByTestId('revoke-confirm').click()
    await page.locator('[data-testid="revoke-flow"] [data-testid="tx-stepper"][data-phase="done"]').waitFor({
      timeout: 30_000,
    })
    const second = await sent()
    expect(second).toHaveLength(2)
    expect(decodeFunctionData({ abi: erc20Abi, data: must(second[1]).data })).toEqual({
      functionName: 'approve',
      args: [permit2, 0n],
    })
    expect(await allowanceOf(weth.address, fresh, permit2)).toBe(0n)
    await wethToPermit2.waitFor({ state: 'detached', timeout: 30_000 })
    expect(session?.errors).toEqual([])
  })
})

describe('the demo account meets the approval step', () => {
  it('first add: "Approve <amount> <SYMBOL>" steps equal the Approval events; the success link opens the new position', async () => {
    for (const token of [weth.address, usdc.address])
      expect(await allowanceOf(token, deployments.demoAccount, npm)).toBe(0n)
    session = await openApp({ path: '/add' })
    const { page } = session
    await page.getByTestId('account-button').click()
    await page.getByTestId('connector-poolscopeDevWallet').click()
    await page.locator('[data-testid="account-button"][data-account-source="wallet"]').waitFor()
    const startBlock = await client.getBlockNumber()
    await page.getByTestId('pool-select').selectOption(v3Pool.address)
    await page.getByTestId('current-price').waitFor()
    await page.getByTestId('amount-token0').fill('0.3')
    await page.getByTestId('review').waitFor()
    await page.getByTestId('review-dust-note').waitFor()
    await page.getByTestId('submit-add').click()
    await page.locator('[data-testid="tx-stepper"][data-phase="done"]').waitFor({ timeout: 30_000 })

    const receipts = await receiptsSince(startBlock)
    const approvalEvents = receipts.flatMap((r) =>
      parseEventLogs({ abi: events, eventName: 'Approval', logs: r.logs }),
    )
    const steps = page.getByTestId('tx-step')
    expect(await steps.count()).toBe(3)
    for (const [side, token] of [
      ['token0', weth],
      ['token1', usdc],
    ] as const) {
      const step = page.locator(`[data-testid="tx-step"][data-kind="approve-${side}"]`)
      const approved = must(
        approvalEvents.find(
          (e) => e.address.toLowerCase() === token.address.toLowerCase() && e.args.spender === npm,
        ),
        `${token.symbol} Approval event`,
      ).args.value
      const amount = step.getByTestId('tx-step-amount')
      expect(await amount.getAttribute('data-exact')).toBe(formatUnits(approved, token.decimals))
      expect(await step.textContent()).toMatch(new RegExp(`^[12]\\. Approve [\\d.,]+ ${token.symbol}`))
    }
    expect(await page.locator('[data-testid="tx-step"][data-kind="approve-token0"]').textContent()).toContain(
      'Approve 0.3 WETH',
    )

    const [minted] = receipts.flatMap((r) =>
      parseEventLogs({ abi: events, eventName: 'IncreaseLiquidity', logs: r.logs }),
    )
    const tokenId = must(minted).args.tokenId
    const link = page.getByTestId('added-position-link')
    expect(await link.textContent()).toBe(`Position #${tokenId} · WETH/USDC 0.3%`)
    await link.click()
    await page.waitForURL((url) => url.pathname === `/positions/31337/${tokenId}`)
    await page
      .locator(`[data-testid="position-detail"][data-position-id="v3:${tokenId}"]`)
      .waitFor({ timeout: 30_000 })

    // What the mint did not take stays approved: the panel lists exactly those remainders.
    await page.getByTestId('nav-settings').click()
    await page
      .locator('[data-testid="approvals-list"], [data-testid="approvals-none"]')
      .first()
      .waitFor({ timeout: 30_000 })
    for (const token of [weth, usdc]) {
      const left = await allowanceOf(token.address, deployments.demoAccount, npm)
      const row = page.locator(rowSelector(token.address, npm))
      if (left === 0n) expect(await row.count()).toBe(0)
      else
        expect(await row.getByTestId('approval-amount-value').getAttribute('data-exact')).toBe(
          formatUnits(left, token.decimals),
        )
    }
  })
})
