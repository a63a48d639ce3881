import { createPublicClient, createWalletClient, http, type PublicClient, parseAbi, parseAbiItem } from 'viem'
import { afterEach, describe, expect, inject, it } from 'vitest'
import { devnetRpc } from '../helpers/devnetRpc.ts'
import { usdPriceAt } from '../helpers/rawLogPriceOracle.ts'
import { type AppSession, openApp } from './harness.ts'

const deployments = inject('browserDeployments')
const rpcUrl = inject('browserRpcUrl')
const client = createPublicClient({ transport: http(rpcUrl), cacheTime: 0 }) as PublicClient
const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase()
const decimalsOf = (token: string) => {
  const found = deployments.tokens.find((t) => same(t.address, token))
  if (!found) throw new Error(`no decimals for ${token}`)
  return found.decimals
}
const whole = (amount: bigint, token: string) => Number(amount) / 10 ** decimalsOf(token)

const v2MintEvent = parseAbiItem('event Mint(address indexed sender, uint256 amount0, uint256 amount1)')
const transferEvent = parseAbiItem('event Transfer(address indexed from, address indexed to, uint256 value)')
const decreaseEvent = parseAbiItem(
  'event DecreaseLiquidity(uint256 indexed tokenId, uint128 liquidity, uint256 amount0, uint256 amount1)',
)
const collectEvent = parseAbiItem(
  'event Collect(uint256 indexed tokenId, address recipient, uint256 amount0, uint256 amount1)',
)
const npmAbi = parseAbi([
  'function positions(uint256 tokenId) view returns (uint96 nonce, address operator, address token0, address token1, uint24 fee, int24 tickLower, int24 tickUpper, uint128 liquidity, uint256 feeGrowthInside0LastX128, uint256 feeGrowthInside1LastX128, uint128 tokensOwed0, uint128 tokensOwed1)',
])
const nftTransferEvent = parseAbiItem(
  'event Transfer(address indexed from, address indexed to, uint256 indexed tokenId)',
)
const ZERO = '0x0000000000000000000000000000000000000000'

let session: AppSession | undefined
afterEach(async () => {
  await session?.close()
  session = undefined
})

describe('the LP’s books (Chromium)', () => {
  it('V2: the PnL’s deposits are the holder’s raw Mint logs of the pair, each at its block’s oracle price', async () => {
    await checkV2Pnl('seeded')
  }, 300_000)

  it('V2 after a claim and a partial burn: withdrawals and earnings follow the new Burn and RewardPaid logs', async () => {
    const holder = deployments.demoAccount
    const holding = deployments.seed.demoV2Holdings.find((h) => h.stakedIn)
    const pair = deployments.v2Pairs.find((p) => same(p.address, holding?.pair ?? ''))
    const farm = deployments.stakingRewards.find((f) => same(f.stakingToken, pair?.address ?? ''))
    if (!pair || !farm) throw new Error('no staked V2 holding in the seed')
    const snapshot = (await devnetRpc(rpcUrl, 'evm_snapshot')) as string
    try {
      // The demo account is one of anvil's unlocked accounts: it signs by eth_sendTransaction.
      const wallet = createWalletClient({ transport: http(rpcUrl), account: holder })
      const writeAbi = parseAbi([
        'function getReward()',
        'function balanceOf(address) view returns (uint256)',
        'function approve(address spender, uint256 value) returns (bool)',
        'function removeLiquidity(address tokenA, address tokenB, uint256 liquidity, uint256 amountAMin, uint256 amountBMin, address to, uint256 deadline) returns (uint256, uint256)',
      ])
      const wait = async (hash: `0x${string}`) => {
        const receipt = await client.waitForTransactionReceipt({ hash })
        expect(receipt.status).toBe('success')
      }
      await wait(
        await wallet.writeContract({
          address: farm.address,
          abi: writeAbi,
          functionName: 'getReward',
          chain: null,
        }),
      )
      const lp = await client.readContract({
        address: pair.address,
        abi: writeAbi,
        functionName: 'balanceOf',
        args: [holder],
      })
      const router = deployments.contracts.v2Router02
      await wait(
        await wallet.writeContract({
          address: pair.address,
          abi: writeAbi,
          functionName: 'approve',
          args: [router, lp],
          chain: null,
        }),
      )
      const { timestamp } = await client.getBlock()
      await wait(
        await wallet.writeContract({
          address: router,
          abi: writeAbi,
          functionName: 'removeLiquidity',
          args: [pair.token0, pair.token1, lp / 4n, 0n, 0n, holder, timestamp + 3600n],
          chain: null,
        }),
      )
      const { burns, claims } = await checkV2Pnl('after-burn')
      expect(burns).toBe(1)
      expect(claims).toBeGreaterThan(0)
    } finally {
      await session?.close()
      session = undefined
      await devnetRpc(rpcUrl, 'evm_revert', [snapshot])
    }
  }, 300_000)
})

/**
 * Opens the staked V2 holding's page and checks its PnL against the raw logs: deposits (Mint), withdrawals
 * (Burn) and earnings (farm RewardPaid), each at its block's oracle price.
 * @returns how many burns and claims the oracle found
 */
async function checkV2Pnl(label: string): Promise<{ burns: number; claims: number }> {
  const holder = deployments.demoAccount
  // The WETH/USDC holding, half of it staked in its farm: one PnL over wallet + farm.
  const holding = deployments.seed.demoV2Holdings.find((h) => h.stakedIn)
  if (!holding) throw new Error('no staked V2 holding in the seed')
  const pair = deployments.v2Pairs.find((p) => same(p.address, holding.pair))
  if (!pair) throw new Error('seeded pair not in deployments')

  // Oracle: every Mint of the pair in a transaction where the pair minted LP to the holder.
  const lpMints = await client.getLogs({
    address: pair.address,
    event: transferEvent,
    args: { from: ZERO, to: holder },
    fromBlock: 0n,
  })
  const lpReceived = await client.getLogs({
    address: pair.address,
    event: transferEvent,
    args: { to: holder },
    fromBlock: 0n,
  })
  const farms = deployments.stakingRewards.map((f) => f.address.toLowerCase())
  // None came from another address (a transfer-in would make the deposits unavailable).
  expect(
    lpReceived.filter(
      (l) => !same(l.args.from as string, ZERO) && !farms.includes(l.args.from?.toLowerCase() ?? ''),
    ),
  ).toEqual([])
  const mintTxs = new Set(lpMints.map((l) => l.transactionHash))
  const mints = (await client.getLogs({ address: pair.address, event: v2MintEvent, fromBlock: 0n })).filter(
    (l) => mintTxs.has(l.transactionHash),
  )
  expect(mints.length).toBeGreaterThan(0)
  let deposits = 0
  for (const log of mints) {
    const p0 = await usdPriceAt(client, deployments, log.blockNumber, pair.token0)
    const p1 = await usdPriceAt(client, deployments, log.blockNumber, pair.token1)
    deposits +=
      whole(log.args.amount0 as bigint, pair.token0) * p0 +
      whole(log.args.amount1 as bigint, pair.token1) * p1
  }

  session = await openApp({ path: `/positions/31337/v2/${pair.address}?watch=${holder}` })
  const { page } = session
  const pnl = page.getByTestId('pnl')
  await pnl.waitFor({ timeout: 120_000 })
  // Two parts on the page (wallet and farm), one PnL for the holding.
  expect(await page.getByTestId('position-detail').count()).toBe(2)
  expect(await pnl.count()).toBe(1)
  const appDeposits = Number(await page.getByTestId('pnl-deposits').getAttribute('data-usd'))
  expect(appDeposits / deposits).toBeCloseTo(1, 9)
  // V2 fees compound in the reserves: no fees bar; the waterfall still runs to the total.
  expect(await page.getByTestId('pnl-waterfall-fees').count()).toBe(0)
  const total = Number(await pnl.getAttribute('data-total-usd'))
  const totalCents = Number(await page.getByTestId('pnl-waterfall-total').getAttribute('data-units'))
  expect(totalCents).toBe(Math.round(total * 100))
  // Withdrawals: every Burn of the pair paying the holder (or the router) in a transaction where the
  // holder sent LP to the pair, at its block's price.
  const lpToPair = await client.getLogs({
    address: pair.address,
    event: transferEvent,
    args: { from: holder, to: pair.address },
    fromBlock: 0n,
  })
  const burnTxs = new Set(lpToPair.map((l) => l.transactionHash))
  const burnEvent = parseAbiItem(
    'event Burn(address indexed sender, uint256 amount0, uint256 amount1, address indexed to)',
  )
  const burns = (await client.getLogs({ address: pair.address, event: burnEvent, fromBlock: 0n })).filter(
    (l) =>
      burnTxs.has(l.transactionHash) &&
      [holder, deployments.contracts.v2Router02].some((a) => same(a, l.args.to as string)),
  )
  let withdrawals = 0
  for (const log of burns)
    withdrawals +=
      whole(log.args.amount0 as bigint, pair.token0) *
        (await usdPriceAt(client, deployments, log.blockNumber, pair.token0)) +
      whole(log.args.amount1 as bigint, pair.token1) *
        (await usdPriceAt(client, deployments, log.blockNumber, pair.token1))
  const appWithdrawals = Number(await page.getByTestId('pnl-withdrawals').getAttribute('data-usd'))
  expect(appWithdrawals).toBeCloseTo(withdrawals, 6)
  // Earnings: the farm's RewardPaid to the holder at each block's price (V2 fees never leave the pair apart).
  const farm = deployments.stakingRewards.find((f) => same(f.stakingToken, pair.address))
  if (!farm) throw new Error('no farm for the pair')
  const rewardPaid = parseAbiItem('event RewardPaid(address indexed user, uint256 reward)')
  let claimed = 0
  const claimLogs = await client.getLogs({
    address: farm.address,
    event: rewardPaid,
    args: { user: holder },
    fromBlock: 0n,
  })
  const claimCount = claimLogs.length
  for (const log of claimLogs)
    claimed +=
      whole(log.args.reward as bigint, farm.rewardsToken) *
      (await usdPriceAt(client, deployments, log.blockNumber, farm.rewardsToken))
  const earnings = page.getByTestId('position-earnings')
  const earned =
    Number(await earnings.getAttribute('data-total')) - Number(await earnings.getAttribute('data-now-added'))
  expect(earned).toBeCloseTo(claimed, 6)
  await page.locator('[data-chart-slot="position-earnings-chart"]').scrollIntoViewIfNeeded()
  await page
    .getByTestId('position-earnings-chart')
    .locator('svg.recharts-surface')
    .waitFor({ timeout: 30_000 })
  await page.screenshot({ path: `/tmp/s9-books-shots/v2-pnl-${label}-1280.png`, fullPage: true })
  await page.setViewportSize({ width: 390, height: 900 })
  await page.waitForTimeout(300)
  await page.screenshot({ path: `/tmp/s9-books-shots/v2-pnl-${label}-390.png`, fullPage: true })
  expect(session.errors).toEqual([])
  await session.close()
  session = undefined
  return { burns: burns.length, claims: claimCount }
}

describe('the LP’s books, V3 (Chromium)', () => {
  it('V3: the earnings chart ends at the Collects’ fee parts at their blocks’ oracle prices + what is owed now', async () => {
    // The seeded position with collects: decreased to zero and collected.
    const position = deployments.seed.demoPositions.find((p) => p.label === 'closed')
    if (!position) throw new Error('no closed demo position')
    const pool = deployments.v3Pools.find((p) => same(p.address, position.pool))
    if (!pool) throw new Error('seeded pool not in deployments')
    const npm = deployments.contracts.nonfungiblePositionManager
    const tokenId = BigInt(position.tokenId)
    const [decreases, collects] = await Promise.all([
      client.getLogs({ address: npm, event: decreaseEvent, args: { tokenId }, fromBlock: 0n }),
      client.getLogs({ address: npm, event: collectEvent, args: { tokenId }, fromBlock: 0n }),
    ])
    expect(collects.length).toBeGreaterThan(0)
    // Oracle: a Collect pays the principal its DecreaseLiquidity credited first, the rest is fees.
    const events = [
      ...decreases.map((l) => ({ kind: 'decrease' as const, l })),
      ...collects.map((l) => ({ kind: 'collect' as const, l })),
    ].sort((a, b) =>
      a.l.blockNumber === b.l.blockNumber
        ? a.l.logIndex - b.l.logIndex
        : a.l.blockNumber < b.l.blockNumber
          ? -1
          : 1,
    )
    const owed = [0n, 0n]
    let earned = 0
    let feeWei = 0n
    for (const { kind, l } of events) {
      const amounts = [l.args.amount0 as bigint, l.args.amount1 as bigint]
      if (kind === 'decrease') {
        owed[0] = (owed[0] as bigint) + (amounts[0] as bigint)
        owed[1] = (owed[1] as bigint) + (amounts[1] as bigint)
        continue
      }
      const tokens = [pool.token0, pool.token1] as const
      for (const side of [0, 1] as const) {
        const principal =
          (amounts[side] as bigint) < (owed[side] as bigint)
            ? (amounts[side] as bigint)
            : (owed[side] as bigint)
        owed[side] = (owed[side] as bigint) - principal
        const fee = (amounts[side] as bigint) - principal
        feeWei += fee
        if (fee > 0n)
          earned +=
            whole(fee, tokens[side]) * (await usdPriceAt(client, deployments, l.blockNumber, tokens[side]))
      }
    }
    expect(feeWei).toBeGreaterThan(0n)
    // Owed now, from the chain: no liquidity left (nothing accrues), tokensOwed collected to 0.
    const state = await client.readContract({
      address: npm,
      abi: npmAbi,
      functionName: 'positions',
      args: [tokenId],
    })
    expect(state[7]).toBe(0n)
    expect([state[10], state[11]]).toEqual([0n, 0n])

    session = await openApp({ path: `/positions/31337/${position.tokenId}` })
    const { page } = session
    const earnings = page.getByTestId('position-earnings')
    await earnings.waitFor({ timeout: 120_000 })
    expect(await earnings.getAttribute('data-partial')).toBe('false')
    expect(Number(await earnings.getAttribute('data-now-added'))).toBe(0)
    expect(Number(await earnings.getAttribute('data-total')) / earned).toBeCloseTo(1, 9)
    // The chart loads when scrolled near; its date labels never repeat.
    await page.locator('[data-chart-slot="position-earnings-chart"]').scrollIntoViewIfNeeded()
    const chart = page.getByTestId('position-earnings-chart')
    await chart.locator('svg.recharts-surface').waitFor({ timeout: 30_000 })
    const tickLabels = chart.locator('.recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value')
    await tickLabels.first().waitFor({ timeout: 30_000 })
    const ticks = await tickLabels.allTextContents()
    expect(ticks.length).toBeGreaterThan(0)
    expect(new Set(ticks).size).toBe(ticks.length)
    await page.screenshot({ path: '/tmp/s9-books-shots/v3-earnings-1280.png', fullPage: true })
    await page.setViewportSize({ width: 390, height: 900 })
    await chart.locator('svg.recharts-surface').waitFor()
    await page.screenshot({ path: '/tmp/s9-books-shots/v3-earnings-390.png', fullPage: true })
    expect(session.errors).toEqual([])
  }, 300_000)
})

describe('the portfolio’s lifetime earnings (Chromium)', () => {
  it('collected fees + claimed rewards of the demo account equal its raw Collect and RewardPaid logs at oracle prices', async () => {
    const holder = deployments.demoAccount
    const npm = deployments.contracts.nonfungiblePositionManager
    // Every NFT the holder ever received, and the Collect / DecreaseLiquidity logs while it held it.
    const nftIn = await client.getLogs({
      address: npm,
      event: nftTransferEvent,
      args: { to: holder },
      fromBlock: 0n,
    })
    const nftOut = await client.getLogs({
      address: npm,
      event: nftTransferEvent,
      args: { from: holder },
      fromBlock: 0n,
    })
    const tokenIds = [...new Set(nftIn.map((l) => l.args.tokenId as bigint))]
    const staker = deployments.contracts.v3Staker.toLowerCase()
    // The oracle counts an NFT's events only while the holder held it (wallet or staker): all the seed's are.
    for (const out of nftOut) expect([ZERO, staker]).toContain((out.args.to as string).toLowerCase())
    let earned = 0
    const poolOf = async (tokenId: bigint) => {
      const state = await client.readContract({
        address: npm,
        abi: npmAbi,
        functionName: 'positions',
        args: [tokenId],
      })
      return [state[2], state[3]] as const
    }
    for (const tokenId of tokenIds) {
      const [decreases, collects] = await Promise.all([
        client.getLogs({ address: npm, event: decreaseEvent, args: { tokenId }, fromBlock: 0n }),
        client.getLogs({ address: npm, event: collectEvent, args: { tokenId }, fromBlock: 0n }),
      ])
      if (collects.length === 0) continue
      const tokens = await poolOf(tokenId)
      const events = [
        ...decreases.map((l) => ({ kind: 'decrease' as const, l })),
        ...collects.map((l) => ({ kind: 'collect' as const, l })),
      ].sort((a, b) => Number(a.l.blockNumber - b.l.blockNumber) || a.l.logIndex - b.l.logIndex)
      const owed = [0n, 0n]
      for (const { kind, l } of events)
        for (const side of [0, 1] as const) {
          const amount = (side === 0 ? l.args.amount0 : l.args.amount1) as bigint
          if (kind === 'decrease') {
            owed[side] = (owed[side] as bigint) + amount
            continue
          }
          const principal = amount < (owed[side] as bigint) ? amount : (owed[side] as bigint)
          owed[side] = (owed[side] as bigint) - principal
          const fee = amount - principal
          if (fee > 0n)
            earned +=
              whole(fee, tokens[side]) * (await usdPriceAt(client, deployments, l.blockNumber, tokens[side]))
        }
    }
    const rewardPaid = parseAbiItem('event RewardPaid(address indexed user, uint256 reward)')
    for (const farm of deployments.stakingRewards) {
      const paid = await client.getLogs({
        address: farm.address,
        event: rewardPaid,
        args: { user: holder },
        fromBlock: 0n,
      })
      for (const log of paid)
        earned +=
          whole(log.args.reward as bigint, farm.rewardsToken) *
          (await usdPriceAt(client, deployments, log.blockNumber, farm.rewardsToken))
    }
    const claimed = parseAbiItem('event RewardClaimed(address indexed to, uint256 reward)')
    const stakerClaims = await client.getLogs({
      address: deployments.contracts.v3Staker,
      event: claimed,
      args: { to: holder },
      fromBlock: 0n,
    })
    // The staker's RewardClaimed does not name its token; the seed makes none for the demo account.
    expect(stakerClaims).toEqual([])
    expect(earned).toBeGreaterThan(0)

    session = await openApp({ path: '/portfolio' })
    const { page } = session
    await page.getByTestId('portfolio-name').fill('Main')
    await page.getByTestId('portfolio-address').fill(holder)
    await page.getByTestId('portfolio-add-submit').click()
    const earnings = page.getByTestId('portfolio-earnings')
    await earnings.waitFor({ timeout: 120_000 })
    const total = Number(await earnings.getAttribute('data-total'))
    const nowAdded = Number(await earnings.getAttribute('data-now-added'))
    // What is owed now is the Totals card's uncollected fees + pending rewards (the same read).
    const fees = Number(await page.getByTestId('portfolio-total-fees').getAttribute('data-usd'))
    const rewards = Number(await page.getByTestId('portfolio-total-rewards').getAttribute('data-usd'))
    expect(nowAdded / (fees + rewards)).toBeCloseTo(1, 9)
    expect((total - nowAdded) / earned).toBeCloseTo(1, 9)
    await page.locator('[data-chart-slot="portfolio-earnings-chart"]').scrollIntoViewIfNeeded()
    await page
      .getByTestId('portfolio-earnings-chart')
      .locator('svg.recharts-surface')
      .waitFor({ timeout: 30_000 })
    await page.screenshot({ path: '/tmp/s9-books-shots/portfolio-1280.png', fullPage: true })
    await page.setViewportSize({ width: 390, height: 900 })
    await page.screenshot({ path: '/tmp/s9-books-shots/portfolio-390.png', fullPage: true })
    expect(session.errors).toEqual([])
  }, 300_000)
})
