import {
  type Address,
  createPublicClient,
  encodeFunctionData,
  formatUnits,
  type Hex,
  http,
  numberToHex,
  type PublicClient,
  parseAbi,
} from 'viem'
import { describe, expect, inject, it } from 'vitest'
import { devnetRpc } from '../helpers/devnetRpc.ts'
import { type AppSession, openApp, revertDevnetAfterEach } from './harness.ts'

/** The value, or a test failure naming what was missing (instead of a non-null assertion). */
function must<T>(value: T | undefined | null, what = 'value'): T {
  if (value === undefined || value === null) throw new Error(`missing ${what}`)
  return value
}

const deployments = inject('browserDeployments')
const rpcUrl = inject('browserRpcUrl')
const owner = deployments.demoAccount
const npm = deployments.contracts.nonfungiblePositionManager
const weth = deployments.contracts.weth9
const usdc = deployments.usdToken
const inRange = must(deployments.seed.demoPositions.find((p) => p.label === 'in-range'))
const rowId = `v3:${inRange.tokenId}`
const erc20 = parseAbi([
  'function balanceOf(address) view returns (uint256)',
  'function approve(address spender, uint256 amount) returns (bool)',
  'function totalSupply() view returns (uint256)',
])
const v2 = parseAbi([
  'function feeToSetter() view returns (address)',
  'function setFeeTo(address)',
  'function addLiquidity(address tokenA, address tokenB, uint256 amountADesired, uint256 amountBDesired, uint256 amountAMin, uint256 amountBMin, address to, uint256 deadline) returns (uint256, uint256, uint256)',
  'function swapExactTokensForTokens(uint256 amountIn, uint256 amountOutMin, address[] path, address to, uint256 deadline) returns (uint256[])',
  'function removeLiquidity(address tokenA, address tokenB, uint256 liquidity, uint256 amountAMin, uint256 amountBMin, address to, uint256 deadline) returns (uint256, uint256)',
  'event Burn(address indexed sender, uint256 amount0, uint256 amount1, address indexed to)',
])
const rpc = (method: string, params: unknown[] = []) => devnetRpc(rpcUrl, method, params)

let session: AppSession | undefined
const client = createPublicClient({ transport: http(rpcUrl), cacheTime: 0 }) as PublicClient
revertDevnetAfterEach(rpcUrl, async () => {
  await session?.close()
  session = undefined
})

/** Opens a position's page (the in-range position's by default) with the Dev wallet connected. */
async function openManage(path = `/positions/31337/${inRange.tokenId}`) {
  session = await openApp({ path })
  const { page } = session
  await page.getByTestId('account-button').click()
  await page.getByTestId('connector-poolscopeDevWallet').click()
  await page.locator('[data-testid="account-button"][data-account-source="wallet"]').waitFor()
  await page.getByTestId('position-detail').first().waitFor({ timeout: 30_000 })
  return page
}
const row = (page: Awaited<ReturnType<typeof openManage>>) =>
  page.locator(`[data-testid="position-detail"][data-position-id="${rowId}"]`)
/** Opens "Increase" with an amount and its review. */
async function reviewIncrease(page: Awaited<ReturnType<typeof openManage>>, amount: string) {
  await row(page).getByTestId('action-increase').click()
  await row(page).getByTestId('increase-amount').fill(amount)
  await row(page).getByTestId('open-review').click()
}

/** Sets the demo account's allowance of `spender` to 0 (the account is unlocked on the devnet). */
async function revoke(token: Address, spender: Address) {
  await send(owner, token, encodeFunctionData({ abi: erc20, functionName: 'approve', args: [spender, 0n] }))
}

/** Sends calldata from an unlocked (or impersonated) devnet account and waits for it to be mined. */
async function send(from: Address, to: Address, data: Hex) {
  const hash = (await rpc('eth_sendTransaction', [{ from, to, data }])) as Hex
  const receipt = await client.waitForTransactionReceipt({ hash, pollingInterval: 20 })
  if (receipt.status !== 'success') {
    // Say why: the same call replayed on the state it ran on.
    const reason = await client
      .call({ account: from, to, data, blockNumber: receipt.blockNumber - 1n })
      .then(() => 'no revert when replayed')
      .catch((error: Error) => error.message.split('\n')[0])
    expect.fail(`transaction to ${to} reverted in block ${receipt.blockNumber}: ${reason}`)
  }
  return receipt
}

describe('Manage review: balances and the final step are checked before any approval', () => {
  it('"Increase by 100000" WETH: says which token and how much is missing, and asks for no approval', async () => {
    for (const token of [weth, usdc]) await revoke(token, npm)
    const page = await openManage()
    const held = await client.readContract({
      address: weth,
      abi: erc20,
      functionName: 'balanceOf',
      args: [owner],
    })
    const need = 100_000n * 10n ** 18n
    expect(held).toBeLessThan(need)
    const block0 = await client.getBlockNumber()
    await reviewIncrease(page, '100000')
    const shortfall = row(page).getByTestId('review-shortfall')
    await shortfall.waitFor({ timeout: 30_000 })
    expect(await shortfall.textContent()).toMatch(
      /WETH: this needs 100,000 WETH, the wallet holds [\d,.]+ WETH — missing [\d,.]+ WETH\./,
    )
    // The shown amounts are rounded; every wei is in data-exact.
    const wethShortfall = shortfall.getByTestId('review-shortfall-token').filter({ hasText: /^WETH:/ })
    expect(await wethShortfall.getByTestId('shortfall-have').getAttribute('data-exact')).toBe(
      formatUnits(held, 18),
    )
    expect(await wethShortfall.getByTestId('shortfall-missing').getAttribute('data-exact')).toBe(
      formatUnits(need - held, 18),
    )
    expect(await shortfall.textContent()).toContain('No approval is requested')
    expect(await row(page).getByTestId('review-confirm').isDisabled()).toBe(true)
    expect(await row(page).locator('[data-testid="review-simulation"][data-status="not-run"]').count()).toBe(
      1,
    )
    // Clicking the disabled button does nothing: no approval and no increase reached the chain.
    await row(page).getByTestId('review-confirm').click({ force: true })
    await page.waitForTimeout(500)
    expect(await client.getBlockNumber()).toBe(block0)
    expect(await page.getByTestId('tx-stepper').count()).toBe(0)
    expect(session?.errors).toEqual([])
  })

  it('a final step that would revert is shown with its reason before any approval is asked for', async () => {
    for (const token of [weth, usdc]) await revoke(token, npm)
    // Lock the pool (slot0.unlocked = false, the top byte of slot 0): every pool.mint reverts with LOK.
    const slot = numberToHex(0, { size: 32 })
    const slot0 = await client.getStorageAt({ address: inRange.pool, slot })
    await rpc('anvil_setStorageAt', [
      inRange.pool,
      slot,
      numberToHex(BigInt(slot0 ?? '0x0') & ~(0xffn << 240n), { size: 32 }),
    ])
    const page = await openManage()
    const block0 = await client.getBlockNumber()
    await reviewIncrease(page, '0.1')
    const review = row(page).getByTestId('manage-review')
    await review
      .locator('[data-testid="review-simulation"][data-status="reverted"]')
      .waitFor({ timeout: 30_000 })
    expect(await review.getByTestId('review-revert').textContent()).toMatch(/LOK.*no approval either/)
    // Two approvals would have come first: the review lists them, but none is sent.
    expect(await review.getByTestId('review-transactions').textContent()).toMatch(
      /Approve [\d.,]+ WETH → Approve [\d.,]+ USDC →/,
    )
    expect(await review.getByTestId('review-confirm').isDisabled()).toBe(true)
    expect(await client.getBlockNumber()).toBe(block0)
    expect(session?.errors).toEqual([])
  })

  it('"Remove %" is parsed strictly: 1e2 and 0x32 are refused and the review cannot open', async () => {
    const page = await openManage()
    await row(page).getByTestId('action-remove').click()
    const field = row(page).getByTestId('remove-percent')
    const message = field.locator('xpath=..')
    const remove = row(page).getByTestId('open-review')
    for (const [text, pattern] of [
      ['1e2', /plain number of %/],
      ['0x32', /plain number of %/],
      ['100.5', /at most 100 %/],
      ['0', /above 0 %/],
      ['12.345', /at most 2 decimals/],
      ['', /Enter the share/],
    ] as const) {
      await field.fill(text)
      expect(await message.textContent()).toMatch(pattern)
      expect(await remove.isDisabled()).toBe(true)
      expect(await row(page).getByTestId('remove-preview').count()).toBe(0)
    }
    await field.fill('12.5')
    await row(page).getByTestId('remove-preview').waitFor()
    expect(await remove.isDisabled()).toBe(false)
    // The presets set the share.
    await row(page).getByTestId('remove-preset-75').click()
    expect(await field.inputValue()).toBe('75')
    expect(session?.errors).toEqual([])
  })

  it('remove slippage: invalid disables Confirm, above 5 % warns, and the minimums follow it', async () => {
    const page = await openManage()
    await row(page).getByTestId('receive-eth').check()
    await row(page).getByTestId('action-remove').click()
    await row(page).getByTestId('open-review').click()
    const review = row(page).getByTestId('manage-review')
    await review.locator('[data-testid="review-simulation"][data-status="ok"]').waitFor({ timeout: 30_000 })
    const min05 = must(await review.getByTestId('review-min').getAttribute('data-exact'))
    expect(await review.getByTestId('review-zero-minimum').count()).toBe(0)
    expect(await review.getByTestId('review-confirm').isDisabled()).toBe(false)
    const slippage = review.getByTestId('manage-slippage')
    await slippage.fill('60')
    expect(await slippage.locator('xpath=..').textContent()).toMatch(/at most 50/)
    expect(await review.getByTestId('review-confirm').isDisabled()).toBe(true)
    expect(await review.getByTestId('review-min').count()).toBe(0)
    await slippage.fill('6')
    await review.getByTestId('review-slippage-warning').waitFor()
    await review.locator('[data-testid="review-simulation"][data-status="ok"]').waitFor({ timeout: 30_000 })
    const min6 = must(await review.getByTestId('review-min').getAttribute('data-exact'))
    expect(min6).not.toBe(min05)
    expect(
      await review.getByTestId('review-min').locator('xpath=preceding-sibling::dt[1]').textContent(),
    ).toBe('Minimum accepted (slippage 6 %)')
    // 6 % already reaches past this ±8 % range on one side (its minimum is 0): see the 50 % case below.
    // 50 %: the band reaches past both ends of the range, both minimums are 0 — warned, and Confirm waits
    // for the acknowledgement.
    await slippage.fill('50')
    await review.getByTestId('review-zero-minimum').waitFor()
    expect(await review.getByTestId('review-min').textContent()).toBe('0 ETH + 0 USDC')
    expect(await review.getByTestId('review-zero-minimum').textContent()).toMatch(
      /minimum for ETH and USDC is 0/,
    )
    await review.locator('[data-testid="review-simulation"][data-status="ok"]').waitFor({ timeout: 30_000 })
    expect(await review.getByTestId('review-confirm').isDisabled()).toBe(true)
    await review.getByTestId('review-ack-zero-minimum').check()
    expect(await review.getByTestId('review-confirm').isDisabled()).toBe(false)
    expect(session?.errors).toEqual([])
  })

  it('stake is reviewed and simulated too: Confirm moves the NFT to the staker', async () => {
    const outOfRange = must(deployments.seed.demoPositions.find((p) => p.label === 'out-of-range'))
    const page = await openManage(`/positions/31337/${outOfRange.tokenId}`)
    const id = `v3:${outOfRange.tokenId}`
    const target = page.locator(`[data-testid="position-detail"][data-position-id="${id}"]`)
    await target.getByTestId('action-stake-v3').click()
    const review = target.getByTestId('manage-review')
    await review.locator('[data-testid="review-simulation"][data-status="ok"]').waitFor({ timeout: 30_000 })
    expect(await review.getByTestId('review-deadline').textContent()).toMatch(/no deadline/)
    expect(await review.getByTestId('review-gas').textContent()).toMatch(/^\d+ \(limit sent/)
    await review.getByTestId('review-confirm').click()
    await page.locator('[data-testid="tx-stepper"][data-phase="done"]').waitFor({ timeout: 30_000 })
    const ownerOf = parseAbi(['function ownerOf(uint256) view returns (address)'])
    expect(
      await client.readContract({
        address: npm,
        abi: ownerOf,
        functionName: 'ownerOf',
        args: [BigInt(id.slice(3))],
      }),
    ).toBe(deployments.contracts.v3Staker)
    expect(session?.errors).toEqual([])
  })

  it('V2 remove with the protocol fee on: the review reads feeTo and shows exactly what the pair burns', async () => {
    const { v2Factory, v2Router02: router } = deployments.contracts
    const holding = must(deployments.seed.demoV2Holdings.find((h) => !h.stakedIn))
    const pair = must(deployments.v2Pairs.find((p) => p.address === holding.pair))
    // Fee on, then a mint (records kLast) and a swap (grows k): the next burn mints the protocol fee first.
    const setter = (await client.readContract({
      address: v2Factory,
      abi: v2,
      functionName: 'feeToSetter',
    })) as Address
    await rpc('anvil_impersonateAccount', [setter])
    await rpc('anvil_setBalance', [setter, numberToHex(10n ** 20n)])
    await send(
      setter,
      v2Factory,
      encodeFunctionData({
        abi: v2,
        functionName: 'setFeeTo',
        args: [deployments.seed.traders[0] as Address],
      }),
    )
    await rpc('anvil_stopImpersonatingAccount', [setter])
    for (const token of [pair.token0, pair.token1])
      await send(
        owner,
        token,
        encodeFunctionData({ abi: erc20, functionName: 'approve', args: [router, 2n ** 255n] }),
      )
    const far = 4_102_444_800n
    const [balance0, balance1] = await Promise.all(
      [pair.token0, pair.token1].map((t) =>
        client.readContract({ address: t, abi: erc20, functionName: 'balanceOf', args: [owner] }),
      ),
    )
    await send(
      owner,
      router,
      encodeFunctionData({
        abi: v2,
        functionName: 'addLiquidity',
        args: [
          pair.token0,
          pair.token1,
          (balance0 ?? 0n) / 100n,
          (balance1 ?? 0n) / 100n,
          0n,
          0n,
          owner,
          far,
        ],
      }),
    )
    await send(
      owner,
      router,
      encodeFunctionData({
        abi: v2,
        functionName: 'swapExactTokensForTokens',
        args: [(balance0 ?? 0n) / 20n, 0n, [pair.token0, pair.token1], owner, far],
      }),
    )

    const page = await openManage(`/positions/31337/v2/${holding.pair}`)
    const id = `v2:${holding.pair.toLowerCase()}:wallet`
    const target = page.locator(`[data-testid="position-detail"][data-position-id="${id}"]`)
    await target.getByTestId('action-remove-v2').click()
    await target.getByTestId('remove-percent').fill('25')
    await target.getByTestId('open-review').click()
    const review = target.getByTestId('manage-review')
    await review.locator('[data-testid="review-simulation"][data-status="ok"]').waitFor({ timeout: 30_000 })
    expect(await review.getByTestId('review-fee-switch').textContent()).toMatch(/^on:/)
    const shownOut = await review.getByTestId('review-out').getAttribute('data-exact')
    const reviewBlock = BigInt(must(await review.getAttribute('data-block')))
    await review.getByTestId('review-confirm').click()
    await page.locator('[data-testid="tx-stepper"][data-phase="done"]').waitFor({ timeout: 30_000 })
    const logs = await client.getContractEvents({
      address: pair.address,
      abi: v2,
      eventName: 'Burn',
      fromBlock: reviewBlock + 1n,
    })
    const burn = must(logs[0]).args
    const tokenOf = (address: Address) => must(deployments.tokens.find((t) => t.address === address))
    const [t0, t1] = [tokenOf(pair.token0), tokenOf(pair.token1)]
    const show = (a0: bigint, a1: bigint) =>
      `${formatUnits(a0, t0.decimals)} ${t0.symbol} + ${formatUnits(a1, t1.decimals)} ${t1.symbol}`
    expect(shownOut).toBe(show(must(burn.amount0), must(burn.amount1)))
    // Ignoring the fee (the old feeOn: false) would have predicted more: liquidity · balance / totalSupply.
    const lp =
      ((await client.readContract({
        address: pair.address,
        abi: erc20,
        functionName: 'balanceOf',
        args: [owner],
        blockNumber: reviewBlock,
      })) *
        2_500n) /
      10_000n
    const supply = await client.readContract({
      address: pair.address,
      abi: erc20,
      functionName: 'totalSupply',
      blockNumber: reviewBlock,
    })
    const pairBalance0 = await client.readContract({
      address: pair.token0,
      abi: erc20,
      functionName: 'balanceOf',
      args: [pair.address],
      blockNumber: reviewBlock,
    })
    expect((lp * pairBalance0) / supply).toBeGreaterThan(must(burn.amount0))
    expect(session?.errors).toEqual([])
  })

  it('bad position links say why (malformed, unknown id, another chain); a watched position shows why its actions are disabled', async () => {
    session = await openApp({ path: '/positions/31337/abc' })
    const { page } = session
    const problem = (kind: string) =>
      page.locator(`[data-testid="position-problem"][data-problem="${kind}"]`).waitFor({ timeout: 30_000 })
    const go = (path: string) => page.evaluate((next) => window.history.pushState(null, '', next), path)
    await problem('invalid')
    expect(await page.getByTestId('position-problem').textContent()).toContain('not a position id')
    for (const bad of ['/positions/31337/v2/0x1234', '/positions/31337/1/2/3', '/positions/x/1']) {
      await go(bad)
      await problem('invalid')
    }
    await go('/positions/31337/999999')
    await problem('missing')
    expect(await page.getByTestId('position-problem').textContent()).toContain('no position #999999')
    await go(`/positions/1/${inRange.tokenId}`)
    await problem('wrong-chain')
    expect(await page.getByTestId('position-problem').textContent()).toContain('chain 1')
    // Watching another address: the position (owned by the demo account) is shown, its actions say why
    // they cannot be signed, and a watcher may preview but not review.
    await go(`/positions/31337/${inRange.tokenId}?watch=0x000000000000000000000000000000000000dEaD`)
    await row(page).waitFor({ timeout: 30_000 })
    expect(await row(page).getByTestId('actions-disabled-reason').textContent()).toMatch(/Watching only/)
    await row(page).getByTestId('action-remove').click()
    await row(page).getByTestId('remove-preview').waitFor()
    expect(await row(page).getByTestId('open-review').isDisabled()).toBe(true)
    expect(await row(page).getByTestId('amount0').getAttribute('data-wei')).toMatch(/^\d+$/)
    expect(session.errors).toEqual([])
  })
})
