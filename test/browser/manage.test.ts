import { type Address, createPublicClient, http, type PublicClient, parseAbi, parseEventLogs } from 'viem'
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest'
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
  if (snapshotId) await rpc('evm_revert', [snapshotId])
})

const balanceOf = (token: Address, account: Address = owner) =>
  client.readContract({ address: token, abi, functionName: 'balanceOf', args: [account] })
const position = (tokenId: number) =>
  client.readContract({ address: npm, abi, functionName: 'positions', args: [BigInt(tokenId)] })

async function openManage() {
  session = await openApp({ path: '/add?tab=manage' })
  const { page } = session
  await page.getByTestId('account-button').click()
  await page.getByTestId('connector-poolscopeDevWallet').click()
  await page.locator('[data-testid="account-button"][data-account-source="wallet"]').waitFor()
  await page.getByTestId('manage-row').first().waitFor({ timeout: 30_000 })
  return page
}

/** Runs one action button and waits for the flow to finish; returns the single app receipt. */
async function act(page: Awaited<ReturnType<typeof openManage>>, rowId: string, action: string) {
  const from = await client.getBlockNumber()
  await page.locator(`[data-testid="manage-row"][data-position-id="${rowId}"]`).getByTestId(action).click()
  await page.locator('[data-testid="tx-stepper"][data-phase="done"]').waitFor({ timeout: 30_000 })
  const receipts = []
  for (let n = from + 1n; n <= (await client.getBlockNumber()); n++) {
    const block = await client.getBlock({ blockNumber: n })
    for (const hash of block.transactions) receipts.push(await client.getTransactionReceipt({ hash }))
  }
  await page.getByTestId('manage-done').click()
  return receipts
}

describe('manage positions in Chromium with the Dev wallet', () => {
  it('increase, remove 50 % (WETH as ETH), collect fees: exact position state and balances', async () => {
    const page = await openManage()
    const inRange = seeded('in-range')
    const id = `v3:${inRange.tokenId}`

    // Increase by 0.1 WETH (+ the USDC side): liquidity grows by exactly the event's liquidity.
    const before = await position(inRange.tokenId)
    const weth0 = await balanceOf(weth)
    await page.getByTestId('increase-amount').fill('0.1')
    const increase = await act(page, id, 'action-increase')
    const [inc] = increase.flatMap((r) =>
      parseEventLogs({ abi, eventName: 'IncreaseLiquidity', logs: r.logs }),
    )
    expect((await position(inRange.tokenId))[7]).toBe(before[7] + must(inc).args.liquidity)
    expect(weth0 - (await balanceOf(weth))).toBe(must(inc).args.amount0)

    // Remove 50 %: the position keeps exactly the other half; WETH comes back as ETH.
    const liquidity = (await position(inRange.tokenId))[7]
    const eth0 = await client.getBalance({ address: owner })
    const usdc0 = await balanceOf(usdc)
    const weth1 = await balanceOf(weth)
    const removal = await act(page, id, 'action-remove')
    const [dec] = removal.flatMap((r) =>
      parseEventLogs({ abi, eventName: 'DecreaseLiquidity', logs: r.logs }),
    )
    const [col] = removal.flatMap((r) => parseEventLogs({ abi, eventName: 'Collect', logs: r.logs }))
    expect(must(dec).args.liquidity).toBe(liquidity / 2n)
    expect((await position(inRange.tokenId))[7]).toBe(liquidity - liquidity / 2n)
    const gas = removal.reduce((sum, r) => sum + r.gasUsed * r.effectiveGasPrice, 0n)
    expect((await client.getBalance({ address: owner })) - eth0 + gas).toBe(must(col).args.amount0)
    expect((await balanceOf(usdc)) - usdc0).toBe(must(col).args.amount1)
    expect(await balanceOf(weth)).toBe(weth1)

    // Collect on the position with uncollected fees: everything owed is paid, nothing stays owed.
    const fees = seeded('uncollected-fees')
    const usdc1 = await balanceOf(usdc)
    await page.getByTestId('receive-eth').uncheck()
    const weth2 = await balanceOf(weth)
    const collect = await act(page, `v3:${fees.tokenId}`, 'action-collect')
    const [c] = collect.flatMap((r) => parseEventLogs({ abi, eventName: 'Collect', logs: r.logs }))
    expect(must(c).args.amount0 + must(c).args.amount1).toBeGreaterThan(0n)
    expect((await balanceOf(weth)) - weth2).toBe(must(c).args.amount0)
    expect((await balanceOf(usdc)) - usdc1).toBe(must(c).args.amount1)
    const after = await position(fees.tokenId)
    expect([after[10], after[11]]).toEqual([0n, 0n])
    expect(session?.errors).toEqual([])
  })

  it('unstake the staked V3 position (claim + withdraw) and claim + exit the V2 farm', async () => {
    const page = await openManage()
    const staked = seeded('staked')
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
    await page
      .locator(`[data-testid="manage-row"][data-position-id="${farmId}"]`)
      .waitFor({ timeout: 30_000 })
    const reward1 = await balanceOf(farm.rewardsToken)
    const claim = await act(page, farmId, 'action-claim-farm')
    const [paid] = claim.flatMap((r) => parseEventLogs({ abi, eventName: 'RewardPaid', logs: r.logs }))
    expect((await balanceOf(farm.rewardsToken)) - reward1).toBe(must(paid).args.reward)

    const staked0 = await balanceOf(farm.address)
    const lp0 = await balanceOf(farm.stakingToken)
    await act(page, farmId, 'action-exit-farm')
    expect(await balanceOf(farm.address)).toBe(0n)
    expect((await balanceOf(farm.stakingToken)) - lp0).toBe(staked0)
    // The dashboard moves the LP from the farm to the wallet.
    await page.getByTestId('nav-positions').click()
    await page
      .locator(
        `[data-testid="position-card"][data-position-id="v2:${farm.stakingToken.toLowerCase()}:wallet"]`,
      )
      .waitFor({ timeout: 30_000 })
    expect(await page.locator(`[data-testid="position-card"][data-position-id="${farmId}"]`).count()).toBe(0)
  })
})
