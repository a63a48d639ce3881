import type { Page } from 'playwright-core'
import {
  type Address,
  decodeFunctionData,
  encodeAbiParameters,
  encodeFunctionData,
  formatUnits,
  type Hex,
  keccak256,
  parseAbi,
  parseEventLogs,
  parseUnits,
  type TransactionReceipt,
} from 'viem'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import {
  bps,
  type DecodedWrite,
  decodeSentCalldata,
  expectedMintMinimums,
  readSentTransactions,
  readV3PoolState,
} from '../helpers/decodeSentCalldata.ts'
import { installFakeWallets } from './fakeWallet.ts'
import type { AppSession } from './harness.ts'
import { reviewTexts } from './manageHelpers.ts'
import {
  type BlockProducer,
  errorsBesidesRateLimits,
  hiddenLimitBreaks,
  type LimitedReplica,
  openOnReplicaWith,
  startBlockProducer,
  startLimitedReplica,
} from './replicaHarness.ts'

// Writes on the Arbitrum replica behind the public-RPC limits, signed by the scripted EIP-6963 wallet
// (anvil's unlocked demo account signs on the replica; the app's Dev wallet stays devnet-only). Every
// figure is checked against the replica read directly, outside the app and the proxy.

/** The value, or a test failure naming what was missing (instead of a non-null assertion). */
function must<T>(value: T | undefined | null, what = 'value'): T {
  if (value === undefined || value === null) throw new Error(`missing ${what}`)
  return value
}

/** A cold replica seeds in up to ~2.5 min on this 2-core machine (warm: under a second). */
const REPLICA_START_MS = 600_000
const CASE_MS = 300_000
/** A flow's steps behind the limits (20 requests per 1.2 s shared with the page's reads). */
const FLOW_MS = 120_000
const WALLET = 'test.replica'

const erc20 = parseAbi([
  'function balanceOf(address) view returns (uint256)',
  'function allowance(address owner, address spender) view returns (uint256)',
  'function approve(address spender, uint256 amount) returns (bool)',
])
const npmAbi = parseAbi([
  'function positions(uint256 tokenId) view returns (uint96, address, address, address, uint24, int24 tickLower, int24 tickUpper, uint128 liquidity, uint256, uint256, uint128 tokensOwed0, uint128 tokensOwed1)',
  'function ownerOf(uint256) view returns (address)',
  'event IncreaseLiquidity(uint256 indexed tokenId, uint128 liquidity, uint256 amount0, uint256 amount1)',
  'event Collect(uint256 indexed tokenId, address recipient, uint256 amount0, uint256 amount1)',
])
const stakerAbi = parseAbi([
  'function deposits(uint256) view returns (address owner, uint48 numberOfStakes, int24 tickLower, int24 tickUpper)',
  'function stakes(uint256 tokenId, bytes32 incentiveId) view returns (uint160 secondsPerLiquidityInsideInitialX128, uint128 liquidity)',
  'event RewardClaimed(address indexed to, uint256 reward)',
])

let limited: LimitedReplica
let producer: BlockProducer
/** The Ethereum replica, started by the first case that needs it (warm when replica-chains ran this hour). */
let ethereum: { limited: LimitedReplica; producer: BlockProducer } | undefined
/** The replica the scripted wallet signs on and the helpers below read: Arbitrum unless a case says otherwise. */
let target: LimitedReplica
let session: AppSession | undefined

async function ethereumReplica(): Promise<LimitedReplica> {
  if (!ethereum) {
    const started = await startLimitedReplica('ethereum')
    ethereum = { limited: started, producer: startBlockProducer(started) }
  }
  return ethereum.limited
}

beforeAll(async () => {
  limited = await startLimitedReplica('arbitrum')
  target = limited
  producer = startBlockProducer(limited)
}, REPLICA_START_MS)
afterAll(async () => {
  await producer?.stop()
  await limited?.stop()
  await ethereum?.producer.stop()
  await ethereum?.limited.stop()
})
afterEach(async () => {
  await session?.close()
  session = undefined
})

const deployments = () => target.replica.deployments
const owner = () => deployments().demoAccount
const direct = () => target.direct
const balanceOf = (token: Address, account: Address = owner()) =>
  direct().readContract({ address: token, abi: erc20, functionName: 'balanceOf', args: [account] })
const tokenOf = (address: Address) =>
  must(
    deployments().tokens.find((t) => t.address.toLowerCase() === address.toLowerCase()),
    `token ${address}`,
  )
const show = (wei: bigint, token: Address) =>
  `${formatUnits(wei, tokenOf(token).decimals)} ${tokenOf(token).symbol}`

/** Sends calldata from the demo account straight on the replica (anvil's unlocked key) and mines it. */
async function sendDirect(to: Address, data: Hex) {
  const response = await fetch(target.replica.rpcUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      jsonrpc: '2.0',
      id: 1,
      method: 'eth_sendTransaction',
      params: [{ from: owner(), to, data }],
    }),
  })
  const body = (await response.json()) as { result?: Hex; error?: { message: string } }
  if (!body.result) throw new Error(`eth_sendTransaction: ${body.error?.message}`)
  const receipt = await direct().waitForTransactionReceipt({ hash: body.result, pollingInterval: 100 })
  expect(receipt.status).toBe('success')
}

/** Opens the app on the replica with the scripted wallet (on Arbitrum, through the limits proxy) connected. */
async function openConnected(path: string, rpcUrl?: string): Promise<Page> {
  session = await openOnReplicaWith(target, path, {
    initScript: {
      fn: installFakeWallets as (arg: never) => void,
      arg: [
        {
          rdns: WALLET,
          name: 'Replica wallet',
          account: owner(),
          rpcUrl: target.proxy.url,
          chainId: `0x${target.replica.chainId.toString(16)}`,
          retryRateLimited: true,
        },
      ],
    },
    ...(rpcUrl ? { rpcUrl } : {}),
  })
  const { page } = session
  await page.getByTestId('account-button').click()
  await page.getByTestId(`connector-${WALLET}`).click()
  await page.locator('[data-testid="account-button"][data-account-source="wallet"]').waitFor()
  return page
}

/** The sent transactions' receipts, decoded calls and logs (straight from the replica). */
async function sentWrites(page: Page) {
  const sent = await readSentTransactions(page, WALLET)
  const receipts: TransactionReceipt[] = []
  for (const { hash } of sent) receipts.push(await direct().getTransactionReceipt({ hash }))
  const { nonfungiblePositionManager, v2Router02 } = deployments().contracts
  const decoded = sent.map(({ transaction }) =>
    decodeSentCalldata(transaction, { nonfungiblePositionManager, v2Router02 }),
  )
  return { sent, receipts, decoded }
}

/** FiatToken's `allowed[owner][spender]` (slot 10), read from storage: what USDC itself holds. */
async function fiatTokenAllowanceSlot(token: Address, holder: Address, spender: Address) {
  const inner = keccak256(encodeAbiParameters([{ type: 'address' }, { type: 'uint256' }], [holder, 10n]))
  const slot = keccak256(encodeAbiParameters([{ type: 'address' }, { type: 'bytes32' }], [spender, inner]))
  return BigInt((await direct().getStorageAt({ address: token, slot })) ?? '0x0')
}

describe('writes on the Arbitrum replica behind public-RPC limits (scripted wallet, Chromium)', () => {
  it(
    'add liquidity (V3 WETH/USDC 0.05 %): exact approvals, §9 minimums, chain-time deadline; the mint equals the review to the wei',
    async () => {
      const d = deployments()
      const npm = d.contracts.nonfungiblePositionManager
      const weth = d.contracts.weth9
      const usdc = must(d.tokens.find((t) => t.symbol === 'USDC')).address
      const pool = must(
        d.v3Pools.find((p) => p.fee === 500 && p.token0 === weth && p.token1 === usdc),
        'WETH/USDC 0.05 %',
      )
      // The seeded book approved the NPM for everything: revoke that, so the flow must ask for exact approvals.
      for (const token of [weth, usdc])
        await sendDirect(token, encodeFunctionData({ abi: erc20, functionName: 'approve', args: [npm, 0n] }))
      const [weth0, usdc0] = [await balanceOf(weth), await balanceOf(usdc)]

      const page = await openConnected('/add')
      await page.getByTestId('pool-select').selectOption(pool.address)
      await page.getByTestId('current-price').waitFor({ timeout: 60_000 })
      await page.getByTestId('range-preset-10').click()
      await page.getByTestId('amount-token0').fill('0.5')
      await page.getByTestId('slippage-input').fill('1')
      await page.locator('[data-testid="simulation"][data-status="ok"]').waitFor({ timeout: FLOW_MS })
      const shown = await reviewTexts(page.getByTestId('review-step'))
      const transactions = must(
        await page.getByTestId('review').locator('dt:text("Transactions") + dd').textContent(),
      )
      await page.getByTestId('submit-add').click()
      await page.locator('[data-testid="tx-stepper"][data-phase="done"]').waitFor({ timeout: FLOW_MS })
      const { receipts, decoded } = await sentWrites(page)

      // Three transactions, as the review listed them: approve WETH, approve USDC (exact), mint.
      expect(transactions).toMatch(/^Approve [\d.,]+ WETH → Approve [\d.,]+ USDC → /)
      expect(receipts.map((r) => r.status)).toEqual(['success', 'success', 'success'])
      const approvals = decoded.slice(0, 2).map((calls) => must(calls[0]))
      const mint = must(decoded[2]?.[0]) as Extract<DecodedWrite, { kind: 'mint' }>
      expect(mint.kind).toBe('mint')
      expect(receipts.map((r) => r.to?.toLowerCase())).toEqual([weth, usdc, npm].map((a) => a.toLowerCase()))
      for (const approval of approvals) expect(approval.kind).toBe('other')
      const approved = receipts.slice(0, 2).map(
        (r) =>
          parseEventLogs({
            abi: parseAbi(['event Approval(address indexed owner, address indexed spender, uint256 value)']),
            logs: r.logs,
          })[0]?.args,
      )
      // Exact approvals: each is the mint's desired amount, not the maximum.
      expect(approved.map((a) => [a?.owner, a?.spender, a?.value])).toEqual([
        [owner(), npm, mint.amount0Desired],
        [owner(), npm, mint.amount1Desired],
      ])
      expect(mint.amount0Desired).toBe(500_000_000_000_000_000n)
      expect(shown['review-min']).toBe(`${show(mint.amount0Min, weth)} + ${show(mint.amount1Min, usdc)}`)
      // §9 minimums at the stated 1 %, from the pool's raw state before the mint's block (v3-sdk).
      const mintBlock = must(receipts[2]).blockNumber
      const state = await readV3PoolState(direct(), pool.address, mintBlock - 1n)
      const expected = expectedMintMinimums(
        state,
        {
          token0: weth,
          token1: usdc,
          decimals0: 18,
          decimals1: 6,
          fee: 500,
          tickLower: mint.tickLower,
          tickUpper: mint.tickUpper,
          amount0Desired: mint.amount0Desired,
          amount1Desired: mint.amount1Desired,
        },
        bps(100),
      )
      expect({ amount0Min: mint.amount0Min, amount1Min: mint.amount1Min }).toEqual({
        amount0Min: expected.amount0Min,
        amount1Min: expected.amount1Min,
      })
      expect(shown['review-liquidity']).toBe(expected.liquidity.toString())
      // Deadline from chain time: a recent replica block's timestamp + the 20-minute default, as shown.
      expect(shown['review-deadline']).toContain(`unix ${mint.deadline}`)
      const chainTimes = new Set<bigint>()
      for (let n = mintBlock - 6n; n < mintBlock; n++)
        chainTimes.add((await direct().getBlock({ blockNumber: n })).timestamp + 1_200n)
      expect(chainTimes.has(mint.deadline)).toBe(true)

      // The position, balances and allowances, read straight from the replica.
      const [increase] = parseEventLogs({
        abi: npmAbi,
        eventName: 'IncreaseLiquidity',
        logs: must(receipts[2]).logs,
      })
      const { tokenId, liquidity, amount0, amount1 } = must(increase).args
      const position = await direct().readContract({
        address: npm,
        abi: npmAbi,
        functionName: 'positions',
        args: [tokenId],
      })
      expect(position[7]).toBe(liquidity)
      expect(liquidity).toBeGreaterThan(0n)
      expect(liquidity.toString()).toBe(shown['review-liquidity'])
      expect([position[5], position[6]]).toEqual([mint.tickLower, mint.tickUpper])
      expect(
        await direct().readContract({ address: npm, abi: npmAbi, functionName: 'ownerOf', args: [tokenId] }),
      ).toBe(owner())
      const spent = [weth0 - (await balanceOf(weth)), usdc0 - (await balanceOf(usdc))]
      expect(spent).toEqual([amount0, amount1])
      expect(`${show(amount0, weth)} + ${show(amount1, usdc)}`).toBe(shown['review-deposit'])
      // What the mint did not take stays approved, nothing more: USDC's own storage says so too.
      const left = await direct().readContract({
        address: usdc,
        abi: erc20,
        functionName: 'allowance',
        args: [owner(), npm],
      })
      expect(left).toBe(mint.amount1Desired - amount1)
      expect(await fiatTokenAllowanceSlot(usdc, owner(), npm)).toBe(left)
      expect(
        await direct().readContract({
          address: weth,
          abi: erc20,
          functionName: 'allowance',
          args: [owner(), npm],
        }),
      ).toBe(mint.amount0Desired - amount0)

      expect(hiddenLimitBreaks(limited.proxy)).toBe(0)
      expect(errorsBesidesRateLimits(session?.errors ?? [], limited.proxy)).toEqual([])
    },
    CASE_MS,
  )

  it(
    'manage: collect the seeded fees (balances move by exactly the review), stake in the discovered staker incentive, unstake a seeded staked position (claim paid in full)',
    async () => {
      const d = deployments()
      const npm = d.contracts.nonfungiblePositionManager
      const staker = must(d.contracts.v3Staker, 'the Arbitrum staker')
      const weth = d.contracts.weth9
      const usdc = must(d.tokens.find((t) => t.symbol === 'USDC')).address
      const fees = must(d.seed.demoPositions.find((p) => p.label === 'uncollected-fees'))
      const rowId = `v3:${fees.tokenId}`
      const page = await openConnected(`/positions/${target.replica.chainId}/${fees.tokenId}`)
      const row = page.locator(`[data-testid="position-detail"][data-position-id="${rowId}"]`)
      await row.waitFor({ timeout: FLOW_MS })
      // WETH is paid as WETH unless asked otherwise.
      expect(await row.getByTestId('receive-eth').isChecked()).toBe(false)

      const [weth0, usdc0] = [await balanceOf(weth), await balanceOf(usdc)]
      await row.getByTestId('action-collect').click()
      const review = row.getByTestId('manage-review')
      await review
        .locator('[data-testid="review-simulation"][data-status="ok"]')
        .waitFor({ timeout: FLOW_MS })
      const shown = await reviewTexts(review)
      await review.getByTestId('review-confirm').click()
      await page.locator('[data-testid="tx-stepper"][data-phase="done"]').waitFor({ timeout: FLOW_MS })
      const collected = await sentWrites(page)
      expect(collected.receipts.map((r) => r.status)).toEqual(['success'])
      const [collect] = parseEventLogs({
        abi: npmAbi,
        eventName: 'Collect',
        logs: must(collected.receipts[0]).logs,
      })
      const { amount0, amount1 } = must(collect).args
      expect(amount0 > 0n && amount1 > 0n).toBe(true)
      // The balances moved by exactly what the review showed (simulated at its block; no swap since).
      expect([(await balanceOf(weth)) - weth0, (await balanceOf(usdc)) - usdc0]).toEqual([amount0, amount1])
      expect(shown['review-simulated']).toBe(`${show(amount0, weth)} + ${show(amount1, usdc)}`)
      const after = await direct().readContract({
        address: npm,
        abi: npmAbi,
        functionName: 'positions',
        args: [BigInt(fees.tokenId)],
      })
      expect([after[10], after[11]]).toEqual([0n, 0n])
      await page.getByTestId('manage-done').click()
      // On a public chain the PnL's ledger (several full scans) is read only when asked, so it cannot
      // hold up the page's own reads behind the rate limit.
      expect(await page.getByTestId('pnl-start').isVisible()).toBe(true)
      expect(await page.getByTestId('pnl-loading').count()).toBe(0)

      // Stake it in the incentive the app discovered from the staker's IncentiveCreated logs.
      const incentive = must(
        d.v3Incentives.find((i) => i.pool === fees.pool),
        'incentive of the pool',
      )
      await row
        .getByTestId('action-stake-v3')
        .waitFor({ timeout: FLOW_MS })
        .catch(async (error) => {
          throw new Error(
            `no Stake on the page: ${await row.textContent()}; RPC calls so far: ${JSON.stringify(limited.proxy.stats.byMethod)}, refused ${JSON.stringify(limited.proxy.stats.refused)}`,
            { cause: error },
          )
        })
      await row.getByTestId('action-stake-v3').click()
      await review
        .locator('[data-testid="review-simulation"][data-status="ok"]')
        .waitFor({ timeout: FLOW_MS })
      await review.getByTestId('review-confirm').click()
      await page.locator('[data-testid="tx-stepper"][data-phase="done"]').waitFor({ timeout: FLOW_MS })
      const tokenId = BigInt(fees.tokenId)
      expect(
        await direct().readContract({ address: npm, abi: npmAbi, functionName: 'ownerOf', args: [tokenId] }),
      ).toBe(staker)
      const [depositOwner, stakes] = await direct().readContract({
        address: staker,
        abi: stakerAbi,
        functionName: 'deposits',
        args: [tokenId],
      })
      expect([depositOwner, stakes]).toEqual([owner(), 1])
      const [, stakedLiquidity] = await direct().readContract({
        address: staker,
        abi: stakerAbi,
        functionName: 'stakes',
        args: [tokenId, incentive.incentiveId],
      })
      expect(stakedLiquidity).toBe(after[7])
      await page.getByTestId('manage-done').click()

      // Unstake a seeded staked position (claim + withdraw): the NFT comes back and the claim is paid in full.
      const staked = must(d.seed.demoPositions.find((p) => p.staked && p.incentiveId))
      const stakedIncentive = must(d.v3Incentives.find((i) => i.incentiveId === staked.incentiveId))
      await page.evaluate(
        (next) => window.history.pushState(null, '', next),
        `/positions/${target.replica.chainId}/${staked.tokenId}`,
      )
      const stakedRow = page.locator(
        `[data-testid="position-detail"][data-position-id="v3:${staked.tokenId}"]`,
      )
      await stakedRow.getByTestId('action-unstake-v3').waitFor({ timeout: FLOW_MS })
      const reward0 = await balanceOf(stakedIncentive.rewardToken)
      const sentBefore = (await readSentTransactions(page, WALLET)).length
      await stakedRow.getByTestId('action-unstake-v3').click()
      const unstakeReview = stakedRow.getByTestId('manage-review')
      await unstakeReview
        .locator('[data-testid="review-simulation"][data-status="ok"]')
        .waitFor({ timeout: FLOW_MS })
      const simulatedClaim = must(
        await unstakeReview.getByTestId('review-simulated').getAttribute('data-exact'),
      )
      await unstakeReview.getByTestId('review-confirm').click()
      await page.locator('[data-testid="tx-stepper"][data-phase="done"]').waitFor({ timeout: FLOW_MS })
      const unstaked = (await sentWrites(page)).receipts.slice(sentBefore)
      expect(unstaked.map((r) => r.status)).toEqual(['success'])
      const claims = parseEventLogs({
        abi: stakerAbi,
        eventName: 'RewardClaimed',
        logs: must(unstaked[0]).logs,
      })
      expect(claims).toHaveLength(1)
      const claimed = must(claims[0]).args.reward
      expect(claimed).toBeGreaterThan(0n)
      expect((await balanceOf(stakedIncentive.rewardToken)) - reward0).toBe(claimed)
      // The review simulated the claim at its block; rewards accrue per second, so the mined claim is not less.
      const simulatedWei = BigInt(
        parseUnits(simulatedClaim.split(' ')[0] ?? 'NaN', tokenOf(stakedIncentive.rewardToken).decimals),
      )
      expect(simulatedWei).toBeGreaterThan(0n)
      expect(claimed).toBeGreaterThanOrEqual(simulatedWei)
      expect(
        await direct().readContract({
          address: npm,
          abi: npmAbi,
          functionName: 'ownerOf',
          args: [BigInt(staked.tokenId)],
        }),
      ).toBe(owner())

      expect(hiddenLimitBreaks(limited.proxy)).toBe(0)
      expect(errorsBesidesRateLimits(session?.errors ?? [], limited.proxy)).toEqual([])
    },
    CASE_MS,
  )

  it(
    'wrong-chain RPC: the Arbitrum RPC serves the Ethereum replica (chain id 1): a clear banner, and no write can start',
    async () => {
      const ethereum = await ethereumReplica()
      {
        const fullRange = must(deployments().seed.demoPositions.find((p) => p.label === 'full-range'))
        const page = await openConnected(
          `/positions/${target.replica.chainId}/${fullRange.tokenId}`,
          ethereum.proxy.url,
        )
        const banner = page.locator('[data-testid="rpc-banner"][data-rpc-status="wrong-chain"]')
        await banner.waitFor({ timeout: FLOW_MS })
        expect(await banner.textContent()).toMatch(/serves another chain.*reports chain id 1, expected 42161/)
        await page.screenshot({ path: '/tmp/replica-writes-wrong-chain.png', fullPage: true })
        // Whatever the page shows, no write control is enabled, and the wallet was asked for nothing.
        await page.waitForTimeout(5_000)
        expect(await page.locator('[data-testid^="action-"]:enabled').count()).toBe(0)
        expect(await page.locator('[data-testid="review-confirm"]:enabled').count()).toBe(0)
        await page.getByTestId('nav-add').click()
        await page.waitForTimeout(3_000)
        await page.screenshot({ path: '/tmp/replica-writes-wrong-chain-add.png', fullPage: true })
        expect(await page.locator('[data-testid="submit-add"]:enabled').count()).toBe(0)
        expect(await readSentTransactions(page, WALLET)).toEqual([])
        expect(hiddenLimitBreaks(ethereum.proxy)).toBe(0)
        expect(errorsBesidesRateLimits(session?.errors ?? [], ethereum.proxy)).toEqual([])
      }
    },
    REPLICA_START_MS,
  )

  it(
    'the RPC starts serving chain id 1 while a review is open: Confirm is stopped by the write gate, the wallet is asked for nothing',
    async () => {
      const d = deployments()
      const position = must(d.seed.demoPositions.find((p) => p.label === 'full-range'))
      const page = await openConnected(`/positions/${target.replica.chainId}/${position.tokenId}`)
      const row = page.locator(`[data-testid="position-detail"][data-position-id="v3:${position.tokenId}"]`)
      await row.waitFor({ timeout: FLOW_MS })
      await row.getByTestId('action-collect').click()
      const review = row.getByTestId('manage-review')
      await review
        .locator('[data-testid="review-simulation"][data-status="ok"]')
        .waitFor({ timeout: FLOW_MS })
      const nonce = await direct().getTransactionCount({ address: owner() })
      await limited.proxy.setFault({ kind: 'chain-id', chainId: 1 })
      try {
        await review.getByTestId('review-confirm').click()
        await page.locator('[data-testid="tx-stepper"][data-phase="failed"]').waitFor({ timeout: FLOW_MS })
        expect(await page.getByTestId('tx-failed').textContent()).toMatch(
          /The RPC serves chain id 1, not 42161: writes are blocked until the RPC URL in Settings is fixed/,
        )
        await page
          .locator('[data-testid="rpc-banner"][data-rpc-status="wrong-chain"]')
          .waitFor({ timeout: FLOW_MS })
        expect(await readSentTransactions(page, WALLET)).toEqual([])
        expect(await direct().getTransactionCount({ address: owner() })).toBe(nonce)
      } finally {
        await limited.proxy.setFault(null)
      }
      expect(hiddenLimitBreaks(limited.proxy)).toBe(0)
      // While the node answers for another chain the app re-reads (retries with backoff) and may meet the
      // rate limit's 429s, which Chromium logs as failed resources: allowed (retried), anything else fails.
      expect(errorsBesidesRateLimits(session?.errors ?? [], limited.proxy)).toEqual([])
    },
    CASE_MS,
  )

  it(
    'Ethereum, USDT: an allowance left over is reset to 0 before the exact approval (USDT refuses a change from non-zero), then the mint',
    async () => {
      target = await ethereumReplica()
      try {
        const d = deployments()
        const npm = d.contracts.nonfungiblePositionManager
        const weth = d.contracts.weth9
        const usdt = must(d.tokens.find((t) => t.symbol === 'USDT')).address
        const pool = must(
          d.v3Pools.find((p) => p.fee === 500 && p.token0 === weth && p.token1 === usdt),
          'WETH/USDT 0.05 %',
        )
        // 1 USDT left approved (from the seeded unlimited one: USDT needs the 0 first here too).
        for (const amount of [0n, 1_000_000n])
          await sendDirect(
            usdt,
            encodeFunctionData({ abi: erc20, functionName: 'approve', args: [npm, amount] }),
          )
        const usdt0 = await balanceOf(usdt)
        const page = await openConnected('/add')
        await page.getByTestId('pool-select').selectOption(pool.address)
        await page.getByTestId('current-price').waitFor({ timeout: 60_000 })
        await page.getByTestId('range-preset-10').click()
        await page.getByTestId('amount-token0').fill('0.5')
        await page.locator('[data-testid="simulation"][data-status="ok"]').waitFor({ timeout: FLOW_MS })
        const shown = await reviewTexts(page.getByTestId('review-step'))
        const transactions = must(
          await page.getByTestId('review').locator('dt:text("Transactions") + dd').textContent(),
        )
        expect(transactions).toMatch(/^Reset the USDT allowance to 0 .* → Approve [\d.,]+ USDT → /)
        await page.getByTestId('submit-add').click()
        await page.locator('[data-testid="tx-stepper"][data-phase="done"]').waitFor({ timeout: FLOW_MS })
        const { receipts, decoded, sent } = await sentWrites(page)
        expect(receipts.map((r) => r.status)).toEqual(['success', 'success', 'success'])
        const approvals = sent.slice(0, 2).map(({ transaction }) => {
          expect(transaction.to?.toLowerCase()).toBe(usdt.toLowerCase())
          return decodeFunctionData({ abi: erc20, data: must(transaction.data) }).args
        })
        const mint = must(decoded[2]?.[0]) as Extract<DecodedWrite, { kind: 'mint' }>
        expect(mint.kind).toBe('mint')
        expect(approvals).toEqual([
          [npm, 0n],
          [npm, mint.amount1Desired],
        ])
        const [increase] = parseEventLogs({
          abi: npmAbi,
          eventName: 'IncreaseLiquidity',
          logs: must(receipts[2]).logs,
        })
        const { amount0, amount1 } = must(increase).args
        expect(usdt0 - (await balanceOf(usdt))).toBe(amount1)
        expect(`${show(amount0, weth)} + ${show(amount1, usdt)}`).toBe(shown['review-deposit'])
        expect(
          await direct().readContract({
            address: usdt,
            abi: erc20,
            functionName: 'allowance',
            args: [owner(), npm],
          }),
        ).toBe(mint.amount1Desired - amount1)
        expect(hiddenLimitBreaks(target.proxy)).toBe(0)
        expect(errorsBesidesRateLimits(session?.errors ?? [], target.proxy)).toEqual([])
      } finally {
        target = limited
      }
    },
    REPLICA_START_MS,
  )
})
