import { Percent, Token } from '@uniswap/sdk-core'
import { Pool, Position } from '@uniswap/v3-sdk'
import type { Locator, Page } from 'playwright-core'
import {
  type Address,
  createPublicClient,
  decodeFunctionData,
  encodeFunctionData,
  formatUnits,
  type Hex,
  http,
  type PublicClient,
  parseAbi,
  parseEventLogs,
} from 'viem'
import { describe, expect, inject, it } from 'vitest'
import { npmWriteAbi, v2RouterWriteAbi } from '../../src/chain/write/writeAbis.ts'
import { devnetRpc } from '../helpers/devnetRpc.ts'
import { type AppSession, openApp, revertDevnetAfterEach } from './harness.ts'
import { reviewTexts } from './manageHelpers.ts'

/** The value, or a test failure naming what was missing (instead of a non-null assertion). */
function must<T>(value: T | undefined | null, what = 'value'): T {
  if (value === undefined || value === null) throw new Error(`missing ${what}`)
  return value
}

const deployments = inject('browserDeployments')
const rpcUrl = inject('browserRpcUrl')
const owner = deployments.demoAccount
const npm = deployments.contracts.nonfungiblePositionManager
const staker = deployments.contracts.v3Staker
const seeded = (label: string) => must(deployments.seed.demoPositions.find((p) => p.label === label))
const farm = must(deployments.stakingRewards[0])
const weth = deployments.contracts.weth9
const usdc = deployments.usdToken

const abi = parseAbi([
  'function balanceOf(address) view returns (uint256)',
  'function positions(uint256 tokenId) view returns (uint96, address, address, address, uint24, int24, int24, uint128 liquidity, uint256, uint256, uint128 tokensOwed0, uint128 tokensOwed1)',
  'function ownerOf(uint256) view returns (address)',
  'event IncreaseLiquidity(uint256 indexed tokenId, uint128 liquidity, uint256 amount0, uint256 amount1)',
  'event DecreaseLiquidity(uint256 indexed tokenId, uint128 liquidity, uint256 amount0, uint256 amount1)',
  'event Collect(uint256 indexed tokenId, address recipient, uint256 amount0, uint256 amount1)',
  'event RewardPaid(address indexed user, uint256 reward)',
  'event Burn(address indexed sender, uint256 amount0, uint256 amount1, address indexed to)',
])

const erc20ApproveAbi = parseAbi(['function approve(address spender, uint256 amount) returns (bool)'])
const stakeAbi = parseAbi([
  'function approve(address spender, uint256 amount) returns (bool)',
  'function stake(uint256 amount)',
])
const stakerAbi = parseAbi([
  'function stakes(uint256 tokenId, bytes32 incentiveId) view returns (uint160 secondsPerLiquidityInsideInitialX128, uint128 liquidity)',
])
const poolAbi = parseAbi([
  'function slot0() view returns (uint160 sqrtPriceX96, int24 tick, uint16, uint16, uint16, uint8, bool)',
])

const rpc = (method: string, params: unknown[] = []) => devnetRpc(rpcUrl, method, params)

let session: AppSession | undefined
const client = createPublicClient({ transport: http(rpcUrl), cacheTime: 0 }) as PublicClient
revertDevnetAfterEach(rpcUrl, async () => {
  await session?.close()
  session = undefined
})

const balanceOf = (token: Address, account: Address = owner) =>
  client.readContract({ address: token, abi, functionName: 'balanceOf', args: [account] })
const position = (tokenId: number) =>
  client.readContract({ address: npm, abi, functionName: 'positions', args: [BigInt(tokenId)] })

/** Opens a position's page with the Dev wallet connected (the demo account), waiting for its detail. */
async function openPosition(path: string) {
  session = await openApp({ path })
  const { page } = session
  await page.getByTestId('account-button').click()
  await page.getByTestId('connector-poolscopeDevWallet').click()
  await page.locator('[data-testid="account-button"][data-account-source="wallet"]').waitFor()
  await page.getByTestId('position-detail').first().waitFor({ timeout: 30_000 })
  return page
}

/** In-app navigation (the wallet stays connected): wouter follows history.pushState. */
async function goTo(page: Page, path: string) {
  await page.evaluate((next) => window.history.pushState(null, '', next), path)
  await page.getByTestId('position-detail').first().waitFor({ timeout: 30_000 })
}

const v3Path = (tokenId: number) => `/positions/31337/${tokenId}`
const v2Path = (pair: Address) => `/positions/31337/v2/${pair}`

/**
 * On the position section `positionId`: opens one action (and, for the typed ones, its review), waits
 * for the simulation to succeed, confirms it and waits for the flow to finish. Returns the app's
 * transactions (as mined, with their calldata), their receipts and the review figures shown at Confirm.
 */
async function act(
  page: Page,
  positionId: string,
  action: string,
  before?: (section: Locator) => Promise<void>,
) {
  const section = page.locator(`[data-testid="position-detail"][data-position-id="${positionId}"]`)
  await section.getByTestId(action).click()
  if (before) await before(section)
  const review = section.getByTestId('manage-review')
  await review
    .locator('[data-testid="review-simulation"][data-status="ok"]')
    .waitFor({ timeout: 30_000 })
    .catch(async (error) => {
      throw new Error(`review not simulated: ${await review.textContent()}`, { cause: error })
    })
  const shown = await reviewTexts(review)
  const reviewBlock = BigInt(must(await review.getAttribute('data-block'), 'review block'))
  const from = await client.getBlockNumber()
  await review.getByTestId('review-confirm').click()
  await page.locator('[data-testid="tx-stepper"][data-phase="done"]').waitFor({ timeout: 30_000 })
  const receipts = []
  const txs = []
  for (let n = from + 1n; n <= (await client.getBlockNumber()); n++) {
    const block = await client.getBlock({ blockNumber: n })
    for (const hash of block.transactions) {
      receipts.push(await client.getTransactionReceipt({ hash }))
      txs.push(await client.getTransaction({ hash }))
    }
  }
  await section
    .getByTestId('manage-done')
    .click()
    .catch(async (error) => {
      throw new Error(`no Done: ${await page.getByTestId('position-page').textContent()}`, { cause: error })
    })
  return { receipts, txs, shown, reviewBlock }
}

/** The wei in a figure's data-wei. */
const weiOf = async (locator: Locator) => BigInt(must(await locator.getAttribute('data-wei'), 'data-wei'))

/** Sets the demo account's allowance of `spender` back to 0 (the account is unlocked on the devnet). */
async function revoke(token: Address, spender: Address) {
  const hash = (await rpc('eth_sendTransaction', [
    {
      from: owner,
      to: token,
      data: encodeFunctionData({ abi: erc20ApproveAbi, functionName: 'approve', args: [spender, 0n] }),
    },
  ])) as Hex
  await client.waitForTransactionReceipt({ hash, pollingInterval: 20 })
}

/** The review's chain time + the default 20-minute deadline: what every priced action must sign. */
async function expectedDeadline(reviewBlock: bigint) {
  return (await client.getBlock({ blockNumber: reviewBlock })).timestamp + 20n * 60n
}

const amounts = (a0: bigint, s0: string, d0: number, a1: bigint, s1: string, d1: number) =>
  `${formatUnits(a0, d0)} ${s0} + ${formatUnits(a1, d1)} ${s1}`

describe('position pages in Chromium with the Dev wallet', () => {
  it('the positions list links each card to its page', async () => {
    session = await openApp({ path: '/' })
    const { page } = session
    await page.getByTestId('account-button').click()
    await page.getByTestId('connector-poolscopeDevWallet').click()
    const inRange = seeded('in-range')
    const card = page.locator(`[data-testid="position-card"][data-position-id="v3:${inRange.tokenId}"]`)
    await card.getByTestId('position-link').click({ timeout: 30_000 })
    await page
      .locator(`[data-testid="position-detail"][data-position-id="v3:${inRange.tokenId}"]`)
      .waitFor({ timeout: 30_000 })
    expect(new URL(page.url()).pathname).toBe(v3Path(inRange.tokenId))
    await page.goBack()
    const farmCard = page.locator(
      `[data-testid="position-card"][data-position-id="v2:${farm.stakingToken.toLowerCase()}:farm"]`,
    )
    await farmCard.getByTestId('position-link').click({ timeout: 30_000 })
    await page.getByTestId('position-detail').first().waitFor({ timeout: 30_000 })
    expect(new URL(page.url()).pathname).toBe(v2Path(farm.stakingToken))
    expect(session.errors).toEqual([])
  })

  it('increase, remove 50 % (WETH as ETH, previewed to the wei), collect fees: each reviewed, the signed calldata is what was shown', async () => {
    const inRange = seeded('in-range')
    const page = await openPosition(v3Path(inRange.tokenId))
    const id = `v3:${inRange.tokenId}`
    const pool = must(deployments.v3Pools.find((p) => p.address === inRange.pool))
    expect([pool.token0, pool.token1]).toEqual([weth, usdc])
    const show = (a0: bigint, a1: bigint, eth = false) => amounts(a0, eth ? 'ETH' : 'WETH', 18, a1, 'USDC', 6)

    // Increase by 0.1 WETH (+ the USDC side): review first, then exact approvals and the increase.
    // The seed leaves no allowance; earlier adds may leave dust: revoke so the exact approvals are needed.
    for (const token of [weth, usdc]) await revoke(token, npm)
    const before = await position(inRange.tokenId)
    const weth0 = await balanceOf(weth)
    const increase = await act(page, id, 'action-increase', async (section) => {
      await section.getByTestId('increase-amount').fill('0.1')
      await section.getByTestId('open-review').click()
    })
    const [inc] = increase.receipts.flatMap((r) =>
      parseEventLogs({ abi, eventName: 'IncreaseLiquidity', logs: r.logs }),
    )
    expect((await position(inRange.tokenId))[7]).toBe(before[7] + must(inc).args.liquidity)
    expect(weth0 - (await balanceOf(weth))).toBe(must(inc).args.amount0)
    // What was signed is what the review showed: decode every transaction's calldata.
    const decoded = increase.txs.map((tx) =>
      tx.to?.toLowerCase() === npm.toLowerCase()
        ? decodeFunctionData({ abi: npmWriteAbi, data: tx.input })
        : decodeFunctionData({ abi: erc20ApproveAbi, data: tx.input }),
    )
    expect(decoded.map((d) => d.functionName)).toEqual(['approve', 'approve', 'increaseLiquidity'])
    const params = must(decoded[2]).args?.[0] as {
      amount0Desired: bigint
      amount1Desired: bigint
      amount0Min: bigint
      amount1Min: bigint
      deadline: bigint
    }
    expect(increase.shown['review-max']).toBe(show(params.amount0Desired, params.amount1Desired))
    expect(increase.shown['review-min']).toBe(show(params.amount0Min, params.amount1Min))
    expect(decoded[0]?.args?.[1]).toBe(params.amount0Desired)
    expect(decoded[1]?.args?.[1]).toBe(params.amount1Desired)
    expect(params.deadline).toBe(await expectedDeadline(increase.reviewBlock))
    expect(increase.shown['review-deadline']).toContain(`unix ${params.deadline}`)
    // The review's simulated deposit is what the chain took.
    expect(increase.shown['review-in']).toBe(show(must(inc).args.amount0, must(inc).args.amount1))
    expect(increase.shown['review-simulated']).toBe(show(must(inc).args.amount0, must(inc).args.amount1))
    expect(increase.shown['review-gas']).toMatch(/^\d+ \(limit sent \d+/)

    // Remove 50 %: the position keeps exactly the other half; WETH comes back as ETH.
    const liquidity = (await position(inRange.tokenId))[7]
    const eth0 = await client.getBalance({ address: owner })
    const usdc0 = await balanceOf(usdc)
    const weth1 = await balanceOf(weth)
    const section = page.locator(`[data-testid="position-detail"][data-position-id="${id}"]`)
    await section.getByTestId('receive-eth').check()
    // The page re-reads the position after the increase: wait until it shows the block of the increase.
    const latest = await client.getBlockNumber()
    let preview = { received0: 0n, received1: 0n }
    const removal = await act(page, id, 'action-remove', async (s) => {
      await s.getByTestId('remove-preset-50').click()
      const box = s.getByTestId('remove-preview')
      await expect
        .poll(async () => BigInt((await section.getAttribute('data-block')) ?? '0') >= latest, {
          timeout: 30_000,
        })
        .toBe(true)
      preview = {
        received0: BigInt(must(await box.getAttribute('data-received0'))),
        received1: BigInt(must(await box.getAttribute('data-received1'))),
      }
      await s.getByTestId('open-review').click()
    })
    const [dec] = removal.receipts.flatMap((r) =>
      parseEventLogs({ abi, eventName: 'DecreaseLiquidity', logs: r.logs }),
    )
    const [col] = removal.receipts.flatMap((r) => parseEventLogs({ abi, eventName: 'Collect', logs: r.logs }))
    expect(must(dec).args.liquidity).toBe(liquidity / 2n)
    expect((await position(inRange.tokenId))[7]).toBe(liquidity - liquidity / 2n)
    const gas = removal.receipts.reduce((sum, r) => sum + r.gasUsed * r.effectiveGasPrice, 0n)
    expect((await client.getBalance({ address: owner })) - eth0 + gas).toBe(must(col).args.amount0)
    expect((await balanceOf(usdc)) - usdc0).toBe(must(col).args.amount1)
    expect(await balanceOf(weth)).toBe(weth1)
    // The signed decreaseLiquidity: liquidity, minimums and deadline as shown; the minimums are
    // v3-sdk's burnAmountsWithSlippage(0.5 %) at the pool price of the review's block.
    const [removeTx] = removal.txs
    const outer = decodeFunctionData({ abi: npmWriteAbi, data: must(removeTx).input })
    const inner = (must(outer.args)[0] as Hex[]).map((data) => decodeFunctionData({ abi: npmWriteAbi, data }))
    expect(inner.map((c) => c.functionName)).toEqual([
      'decreaseLiquidity',
      'collect',
      'unwrapWETH9',
      'sweepToken',
    ])
    const burn = must(inner[0]).args?.[0] as {
      liquidity: bigint
      amount0Min: bigint
      amount1Min: bigint
      deadline: bigint
    }
    expect(removal.shown['review-liquidity']).toBe(burn.liquidity.toString())
    expect(removal.shown['review-min']).toBe(show(burn.amount0Min, burn.amount1Min, true))
    expect(burn.deadline).toBe(await expectedDeadline(removal.reviewBlock))
    expect(removal.shown['review-deadline']).toContain(`unix ${burn.deadline}`)
    const [sqrtPriceX96, tick] = await client.readContract({
      address: pool.address,
      abi: poolAbi,
      functionName: 'slot0',
      blockNumber: removal.reviewBlock,
    })
    const sdkPool = new Pool(
      new Token(31337, weth, 18),
      new Token(31337, usdc, 6),
      pool.fee,
      sqrtPriceX96.toString(),
      0,
      tick,
    )
    const sdkMins = new Position({
      pool: sdkPool,
      liquidity: burn.liquidity.toString(),
      tickLower: inRange.tickLower,
      tickUpper: inRange.tickUpper,
    }).burnAmountsWithSlippage(new Percent(50, 10_000))
    expect([burn.amount0Min, burn.amount1Min]).toEqual([
      BigInt(sdkMins.amount0.toString()),
      BigInt(sdkMins.amount1.toString()),
    ])
    expect(removal.shown['review-simulated']).toBe(show(must(col).args.amount0, must(col).args.amount1, true))
    // The slider's preview (principal + owed) is what the chain paid, to the wei.
    expect([preview.received0, preview.received1]).toEqual([must(col).args.amount0, must(col).args.amount1])

    // Collect on the position with uncollected fees: everything owed is paid, nothing stays owed.
    const fees = seeded('uncollected-fees')
    await goTo(page, v3Path(fees.tokenId))
    const usdc1 = await balanceOf(usdc)
    const weth2 = await balanceOf(weth)
    let previewOwed: bigint[] = []
    const collect = await act(page, `v3:${fees.tokenId}`, 'action-collect', async (s) => {
      previewOwed = [await weiOf(s.getByTestId('collect-owed0')), await weiOf(s.getByTestId('collect-owed1'))]
    })
    const [c] = collect.receipts.flatMap((r) => parseEventLogs({ abi, eventName: 'Collect', logs: r.logs }))
    expect(must(c).args.amount0 + must(c).args.amount1).toBeGreaterThan(0n)
    expect((await balanceOf(weth)) - weth2).toBe(must(c).args.amount0)
    expect((await balanceOf(usdc)) - usdc1).toBe(must(c).args.amount1)
    const after = await position(fees.tokenId)
    expect([after[10], after[11]]).toEqual([0n, 0n])
    const collectCall = decodeFunctionData({ abi: npmWriteAbi, data: must(collect.txs[0]).input })
    expect(collectCall.functionName).toBe('collect')
    expect(collectCall.args?.[0]).toMatchObject({ recipient: owner, amount0Max: 2n ** 128n - 1n })
    expect(collect.shown['review-deadline']).toMatch(/no deadline/)
    expect(collect.shown['review-simulated']).toBe(show(must(c).args.amount0, must(c).args.amount1))
    expect(previewOwed).toEqual([must(c).args.amount0, must(c).args.amount1])
    expect(session?.errors).toEqual([])
  })

  it('V2 remove 25 %: reviewed, the signed removeLiquidity is what was shown and the pair pays exactly that', async () => {
    const holding = must(
      deployments.seed.demoV2Holdings.find((h) => !h.stakedIn),
      'wallet V2 holding',
    )
    const page = await openPosition(v2Path(holding.pair))
    const pair = must(deployments.v2Pairs.find((p) => p.address === holding.pair))
    const tokenOf = (address: Address) => must(deployments.tokens.find((t) => t.address === address))
    const [t0, t1] = [tokenOf(pair.token0), tokenOf(pair.token1)]
    const id = `v2:${holding.pair.toLowerCase()}:wallet`
    const lp0 = await balanceOf(holding.pair)
    const removal = await act(page, id, 'action-remove-v2', async (section) => {
      await section.getByTestId('remove-percent').fill('25')
      await section.getByTestId('open-review').click()
    })
    const [approveTx, removeTx] = removal.txs
    const call = decodeFunctionData({ abi: v2RouterWriteAbi, data: must(removeTx).input })
    expect(call.functionName).toBe('removeLiquidity')
    const [tokenA, tokenB, liquidity, amountAMin, amountBMin, to, deadline] = call.args as readonly [
      Address,
      Address,
      bigint,
      bigint,
      bigint,
      Address,
      bigint,
    ]
    expect([tokenA, tokenB, to]).toEqual([pair.token0, pair.token1, owner])
    expect(liquidity).toBe((lp0 * 2_500n) / 10_000n)
    expect(decodeFunctionData({ abi: erc20ApproveAbi, data: must(approveTx).input }).args).toEqual([
      deployments.contracts.v2Router02,
      liquidity,
    ])
    const show = (a0: bigint, a1: bigint) => amounts(a0, t0.symbol, t0.decimals, a1, t1.symbol, t1.decimals)
    expect(removal.shown['review-in']).toBe(`${formatUnits(liquidity, 18)} LP`)
    expect(removal.shown['review-min']).toBe(show(amountAMin, amountBMin))
    expect(deadline).toBe(await expectedDeadline(removal.reviewBlock))
    expect(removal.shown['review-deadline']).toContain(`unix ${deadline}`)
    const [burn] = removal.receipts.flatMap((r) => parseEventLogs({ abi, eventName: 'Burn', logs: r.logs }))
    expect(removal.shown['review-out']).toBe(show(must(burn).args.amount0, must(burn).args.amount1))
    expect(removal.shown['review-simulated']).toBe(show(must(burn).args.amount0, must(burn).args.amount1))
    expect(removal.shown['review-fee-switch']).toBe('off')
    expect(await balanceOf(holding.pair)).toBe(lp0 - liquidity)
    expect(session?.errors).toEqual([])
  })

  it('unstake the staked V3 position (claim + withdraw), claim + exit the V2 farm, then stake the wallet LP back later', async () => {
    const staked = seeded('staked')
    const page = await openPosition(v3Path(staked.tokenId))
    // Staked: the page says why it cannot be increased, removed or closed, and offers no such action.
    await page.getByTestId('staked-note').waitFor()
    expect(await page.getByTestId('action-increase').count()).toBe(0)
    expect(
      await client.readContract({
        address: npm,
        abi,
        functionName: 'ownerOf',
        args: [BigInt(staked.tokenId)],
      }),
    ).toBe(staker)
    const reward0 = await balanceOf(farm.rewardsToken)
    await act(page, `v3:${staked.tokenId}`, 'action-unstake-v3')
    expect(
      await client.readContract({
        address: npm,
        abi,
        functionName: 'ownerOf',
        args: [BigInt(staked.tokenId)],
      }),
    ).toBe(owner)
    expect(await balanceOf(farm.rewardsToken)).toBeGreaterThan(reward0)

    const farmId = `v2:${farm.stakingToken.toLowerCase()}:farm`
    await goTo(page, v2Path(farm.stakingToken))
    await page
      .locator(`[data-testid="position-detail"][data-position-id="${farmId}"]`)
      .waitFor({ timeout: 30_000 })
    const reward1 = await balanceOf(farm.rewardsToken)
    const claim = await act(page, farmId, 'action-claim-farm')
    const [paid] = claim.receipts.flatMap((r) =>
      parseEventLogs({ abi, eventName: 'RewardPaid', logs: r.logs }),
    )
    expect((await balanceOf(farm.rewardsToken)) - reward1).toBe(must(paid).args.reward)

    const staked0 = await balanceOf(farm.address)
    const lp0 = await balanceOf(farm.stakingToken)
    await act(page, farmId, 'action-exit-farm')
    expect(await balanceOf(farm.address)).toBe(0n)
    expect((await balanceOf(farm.stakingToken)) - lp0).toBe(staked0)
    // Staking later: the LP now in the wallet goes back into its farm from the same page.
    const walletId = `v2:${farm.stakingToken.toLowerCase()}:wallet`
    await page
      .locator(
        `[data-testid="position-detail"][data-position-id="${walletId}"] [data-testid="action-stake-v2"]`,
      )
      .waitFor({ timeout: 30_000 })
    const lp1 = await balanceOf(farm.stakingToken)
    // The seed leaves no allowance; revoke anything an earlier test left, so the exact approval is in the flow.
    await revoke(farm.stakingToken, farm.address)
    const stake = await act(page, walletId, 'action-stake-v2')
    expect(stake.txs.map((tx) => decodeFunctionData({ abi: stakeAbi, data: tx.input }).functionName)).toEqual(
      ['approve', 'stake'],
    )
    expect(await balanceOf(farm.stakingToken)).toBe(0n)
    expect(await balanceOf(farm.address)).toBe(lp1)
    expect(stake.shown['review-in']).toBe(`${formatUnits(lp1, 18)} LP`)
    expect(session?.errors).toEqual([])
  })

  it('close in one transaction: decrease all + collect + burn; the NFT is gone and the tokens received are the preview', async () => {
    const fees = seeded('uncollected-fees')
    const page = await openPosition(v3Path(fees.tokenId))
    const id = `v3:${fees.tokenId}`
    const weth0 = await balanceOf(weth)
    const usdc0 = await balanceOf(usdc)
    let preview: bigint[] = []
    const close = await act(page, id, 'action-close', async (section) => {
      preview = [
        await weiOf(section.getByTestId('close-received0')),
        await weiOf(section.getByTestId('close-received1')),
      ]
    })
    expect(close.txs).toHaveLength(1)
    const outer = decodeFunctionData({ abi: npmWriteAbi, data: must(close.txs[0]).input })
    expect(outer.functionName).toBe('multicall')
    const inner = (must(outer.args)[0] as Hex[]).map((data) => decodeFunctionData({ abi: npmWriteAbi, data }))
    expect(inner.map((c) => c.functionName)).toEqual(['decreaseLiquidity', 'collect', 'burn'])
    // Burned: ownerOf reverts.
    await expect(
      client.readContract({ address: npm, abi, functionName: 'ownerOf', args: [BigInt(fees.tokenId)] }),
    ).rejects.toThrow()
    const received = [(await balanceOf(weth)) - weth0, (await balanceOf(usdc)) - usdc0]
    expect(received).toEqual(preview)
    expect(received[0] ?? 0n).toBeGreaterThan(0n)
    // The page then says the position is gone, without an error.
    await page
      .locator('[data-testid="position-problem"][data-problem="missing"]')
      .waitFor({ timeout: 30_000 })
    expect(session?.errors).toEqual([])
  })

  it('stake a V3 position later: deposit-and-stake into the running incentive with the key as data', async () => {
    const outOfRange = seeded('out-of-range')
    const page = await openPosition(v3Path(outOfRange.tokenId))
    const incentive = must(deployments.v3Incentives[0])
    const stake = await act(page, `v3:${outOfRange.tokenId}`, 'action-stake-v3')
    const call = decodeFunctionData({ abi: npmWriteAbi, data: must(stake.txs[0]).input })
    expect(call.functionName).toBe('safeTransferFrom')
    expect(must(call.args).slice(0, 3)).toEqual([owner, staker, BigInt(outOfRange.tokenId)])
    expect(
      await client.readContract({
        address: npm,
        abi,
        functionName: 'ownerOf',
        args: [BigInt(outOfRange.tokenId)],
      }),
    ).toBe(staker)
    const [, stakes] = await client.readContract({
      address: staker,
      abi: stakerAbi,
      functionName: 'stakes',
      args: [BigInt(outOfRange.tokenId), incentive.incentiveId],
    })
    expect(stakes).toBeGreaterThan(0n)
    // The same page now shows it staked, with Unstake.
    await page.getByTestId('action-unstake-v3').waitFor({ timeout: 30_000 })
    expect(session?.errors).toEqual([])
  })
})
