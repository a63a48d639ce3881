import type { Locator, Page } from 'playwright-core'
import { type Address, createPublicClient, formatUnits, http, maxUint128, parseAbi } from 'viem'
import { afterEach, describe, expect, inject, it } from 'vitest'
import { type AppSession, openApp } from './harness.ts'
import { LONG_DECIMAL_TAIL, longDecimalTails } from './precision.ts'

// The test's own view of the contracts (not the app's ABIs): it is the oracle the page is checked against.
const npmAbi = parseAbi([
  'function ownerOf(uint256 tokenId) view returns (address)',
  'function positions(uint256 tokenId) view returns (uint96 nonce, address operator, address token0, address token1, uint24 fee, int24 tickLower, int24 tickUpper, uint128 liquidity, uint256 feeGrowthInside0LastX128, uint256 feeGrowthInside1LastX128, uint128 tokensOwed0, uint128 tokensOwed1)',
  'struct DecreaseLiquidityParams { uint256 tokenId; uint128 liquidity; uint256 amount0Min; uint256 amount1Min; uint256 deadline; }',
  'function decreaseLiquidity(DecreaseLiquidityParams params) payable returns (uint256 amount0, uint256 amount1)',
  'struct CollectParams { uint256 tokenId; address recipient; uint128 amount0Max; uint128 amount1Max; }',
  'function collect(CollectParams params) payable returns (uint256 amount0, uint256 amount1)',
])
const stakerAbi = parseAbi([
  'struct IncentiveKey { address rewardToken; address pool; uint256 startTime; uint256 endTime; address refundee; }',
  'function getRewardInfo(IncentiveKey key, uint256 tokenId) returns (uint256 reward, uint160 secondsInsideX128)',
])
const pairAbi = parseAbi([
  'function balanceOf(address) view returns (uint256)',
  'function totalSupply() view returns (uint256)',
  'function getReserves() view returns (uint112 reserve0, uint112 reserve1, uint32 blockTimestampLast)',
  'function factory() view returns (address)',
])
const factoryAbi = parseAbi(['function feeTo() view returns (address)'])
const farmAbi = parseAbi([
  'function balanceOf(address) view returns (uint256)',
  'function earned(address) view returns (uint256)',
])

let session: AppSession | undefined
afterEach(async () => {
  await session?.close()
  session = undefined
})

/** Expected raw figures of one card, read from the contracts at the page's block. */
interface ExpectedCard {
  id: string
  amount0: bigint
  amount1: bigint
  fees0: bigint
  fees1: bigint
  rewards: bigint[]
}

async function readExpectedCards(account: Address, blockNumber: bigint): Promise<ExpectedCard[]> {
  const deployments = inject('browserDeployments')
  const client = createPublicClient({ transport: http(inject('browserRpcUrl')), cacheTime: 0 })
  const npm = deployments.contracts.nonfungiblePositionManager
  const expected: ExpectedCard[] = []
  for (const seeded of deployments.seed.demoPositions) {
    const tokenId = BigInt(seeded.tokenId)
    const owner = await client.readContract({
      address: npm,
      abi: npmAbi,
      functionName: 'ownerOf',
      args: [tokenId],
      blockNumber,
    })
    const position = await client.readContract({
      address: npm,
      abi: npmAbi,
      functionName: 'positions',
      args: [tokenId],
      blockNumber,
    })
    const liquidity = position[7]
    let amount0 = 0n
    let amount1 = 0n
    if (liquidity > 0n) {
      const { result } = await client.simulateContract({
        address: npm,
        abi: npmAbi,
        functionName: 'decreaseLiquidity',
        args: [{ tokenId, liquidity, amount0Min: 0n, amount1Min: 0n, deadline: 2n ** 64n }],
        account: owner,
        blockNumber,
      })
      ;[amount0, amount1] = result
    }
    const { result: fees } = await client.simulateContract({
      address: npm,
      abi: npmAbi,
      functionName: 'collect',
      args: [{ tokenId, recipient: owner, amount0Max: maxUint128, amount1Max: maxUint128 }],
      account: owner,
      blockNumber,
    })
    const rewards: bigint[] = []
    if (seeded.incentiveId) {
      const incentive = deployments.v3Incentives.find((i) => i.incentiveId === seeded.incentiveId)
      if (!incentive) throw new Error(`incentive ${seeded.incentiveId} not in deployments`)
      const { result } = await client.simulateContract({
        address: deployments.contracts.v3Staker,
        abi: stakerAbi,
        functionName: 'getRewardInfo',
        args: [
          {
            rewardToken: incentive.rewardToken,
            pool: incentive.pool,
            startTime: BigInt(incentive.startTime),
            endTime: BigInt(incentive.endTime),
            refundee: incentive.refundee,
          },
          tokenId,
        ],
        blockNumber,
      })
      rewards.push(result[0])
    }
    expected.push({ id: `v3:${tokenId}`, amount0, amount1, fees0: fees[0], fees1: fees[1], rewards })
  }
  for (const holding of deployments.seed.demoV2Holdings) {
    const read = <name extends 'balanceOf' | 'totalSupply'>(
      functionName: name,
      args: name extends 'balanceOf' ? [Address] : [],
    ) =>
      client.readContract({
        address: holding.pair,
        abi: pairAbi,
        functionName,
        args,
        blockNumber,
      } as never) as Promise<bigint>
    const [reserve0, reserve1] = await client.readContract({
      address: holding.pair,
      abi: pairAbi,
      functionName: 'getReserves',
      blockNumber,
    })
    const totalSupply = await read('totalSupply', [])
    const factory = await client.readContract({
      address: holding.pair,
      abi: pairAbi,
      functionName: 'factory',
      blockNumber,
    })
    // Burn math without the protocol-fee mint: the devnet leaves feeTo unset (asserted).
    expect(
      await client.readContract({ address: factory, abi: factoryAbi, functionName: 'feeTo', blockNumber }),
    ).toBe('0x0000000000000000000000000000000000000000')
    const burn = (lp: bigint) => ({
      amount0: (lp * reserve0) / totalSupply,
      amount1: (lp * reserve1) / totalSupply,
    })
    const walletLp = await read('balanceOf', [account])
    if (walletLp > 0n)
      expected.push({
        id: `v2:${holding.pair.toLowerCase()}:wallet`,
        ...burn(walletLp),
        fees0: 0n,
        fees1: 0n,
        rewards: [],
      })
    if (holding.stakedIn) {
      const farm = holding.stakedIn
      const stakedLp = await client.readContract({
        address: farm,
        abi: farmAbi,
        functionName: 'balanceOf',
        args: [account],
        blockNumber,
      })
      const earned = await client.readContract({
        address: farm,
        abi: farmAbi,
        functionName: 'earned',
        args: [account],
        blockNumber,
      })
      if (stakedLp > 0n)
        expected.push({
          id: `v2:${holding.pair.toLowerCase()}:farm`,
          ...burn(stakedLp),
          fees0: 0n,
          fees1: 0n,
          rewards: [earned],
        })
    }
  }
  return expected
}

const wei = async (card: Locator, testId: string) =>
  BigInt((await card.getByTestId(testId).getAttribute('data-wei')) ?? 'NaN')

async function pageBlock(page: Page): Promise<bigint> {
  await page.getByTestId('figures-block').waitFor({ timeout: 30_000 })
  return BigInt((await page.getByTestId('figures-block').getAttribute('data-block')) ?? 'NaN')
}

describe('positions page on the devnet (Chromium)', () => {
  it('shows every seeded position of the Dev wallet with amounts, fees and rewards equal to the contracts', async () => {
    session = await openApp()
    const { page, errors } = session
    const demoAccount = inject('browserDeployments').demoAccount
    await page.getByTestId('account-button').click()
    await page.getByTestId('connector-poolscopeDevWallet').click()
    await page.locator('[data-testid="account-button"][data-account-source="wallet"]').waitFor()

    const blockNumber = await pageBlock(page)
    await page.getByTestId('filter-status-all').click()
    const expected = await readExpectedCards(demoAccount, blockNumber)
    expect(expected.length).toBeGreaterThanOrEqual(inject('browserDeployments').seed.demoPositions.length)
    for (const want of expected) {
      const card = page.locator(`[data-testid="position-card"][data-position-id="${want.id}"]`)
      await card.waitFor()
      expect(await card.getAttribute('data-status'), want.id).toBe('ok')
      expect({
        id: want.id,
        amount0: await wei(card, 'amount0'),
        amount1: await wei(card, 'amount1'),
        fees0: await wei(card, 'fees0'),
        fees1: await wei(card, 'fees1'),
        rewards: await Promise.all(
          (await card.getByTestId('reward').all()).map(async (r) =>
            BigInt((await r.getAttribute('data-wei')) ?? 'NaN'),
          ),
        ),
      }).toEqual(want)
    }
    // The figures were read at the same block the chain was checked at.
    expect(await pageBlock(page)).toBe(blockNumber)

    // Human precision: the amounts are rounded on screen (no 18-decimal tails anywhere on the page)…
    expect(await longDecimalTails(page)).toEqual([])
    // …while each one keeps every digit in data-exact, which is its wei in the token's decimals.
    // V4's native ETH (currency address(0)) has 18 decimals.
    const decimalsOf = new Map<string, number>([
      ['0x0000000000000000000000000000000000000000', 18],
      ...inject('browserDeployments').tokens.map(
        (token) => [token.address.toLowerCase(), token.decimals] as [string, number],
      ),
    ])
    const figures = await page
      .locator('[data-testid="position-card"] [data-wei][data-exact][data-token]')
      .evaluateAll((elements) =>
        elements.map((element) => ({
          wei: element.getAttribute('data-wei') ?? '',
          exact: element.getAttribute('data-exact') ?? '',
          token: (element.getAttribute('data-token') ?? '').toLowerCase(),
          shown: element.textContent ?? '',
        })),
      )
    expect(figures.length).toBeGreaterThanOrEqual(expected.length * 4)
    expect(figures.some((figure) => LONG_DECIMAL_TAIL.test(figure.exact))).toBe(true)
    for (const figure of figures) {
      const decimals = decimalsOf.get(figure.token)
      if (decimals === undefined) throw new Error(`token ${figure.token} not in deployments`)
      expect(figure.exact, figure.wei).toBe(formatUnits(BigInt(figure.wei), decimals))
      expect(figure.shown).not.toMatch(LONG_DECIMAL_TAIL)
    }

    // Quote direction: one switch flips every range and is remembered across a reload.
    const range = page.getByTestId('price-range').first()
    const before = await range.textContent()
    await page.getByTestId('quote-toggle').click()
    await page.locator('[data-testid="price-range"][data-inverted="true"]').first().waitFor()
    expect(await range.textContent()).not.toBe(before)

    // A position's detail: value versus HODL and the IL curve, drawn as SVG paths.
    const staked = page
      .locator('[data-testid="position-card"][data-position-id^="v3:"]')
      .filter({ has: page.locator('[data-testid="position-location"]', { hasText: 'V3 staker' }) })
    await staked.getByTestId('toggle-charts').click()
    await staked
      .locator('[data-testid="value-vs-hold-chart"] path.recharts-line-curve')
      .first()
      .waitFor({ state: 'attached', timeout: 30_000 })
    expect(await staked.locator('[data-testid="value-vs-hold-chart"] path.recharts-line-curve').count()).toBe(
      2,
    )
    await staked
      .locator('[data-testid="il-curve-chart"] path.recharts-line-curve')
      .first()
      .waitFor({ state: 'attached' })
    // The composition is a list of bars drawn with the page (no chart library, nothing to scroll to).
    expect(
      await page.locator('[data-testid="composition-chart"] [data-testid="composition-bar"]').count(),
    ).toBeGreaterThan(0)
    expect(errors).toEqual([])
  })

  it('watches the liquidity provider and shows the backtest position', async () => {
    session = await openApp()
    const { page, errors } = session
    const { liquidityProvider, backtestPosition } = inject('browserDeployments').seed
    await page.getByTestId('watch-address-input').fill(liquidityProvider)
    await page.getByTestId('watch-address-submit').click()
    await page.locator(`[data-testid="positions-account"][data-account="${liquidityProvider}"]`).waitFor()
    const card = page.locator(
      `[data-testid="position-card"][data-position-id="v3:${backtestPosition.tokenId}"]`,
    )
    await card.waitFor({ timeout: 30_000 })
    expect(await wei(card, 'amount0')).toBeGreaterThanOrEqual(0n)
    expect(await card.getByTestId('position-location').textContent()).toBe('Wallet')
    expect(errors).toEqual([])
  })

  it('refreshes on a new block: "Figures as of block N" follows the chain', async () => {
    session = await openApp()
    const { page, errors } = session
    const demoAccount = inject('browserDeployments').demoAccount
    await page.getByTestId('watch-address-input').fill(demoAccount)
    await page.getByTestId('watch-address-submit').click()
    await page.locator(`[data-testid="positions-account"][data-account="${demoAccount}"]`).waitFor()
    const before = await pageBlock(page)
    const client = createPublicClient({ transport: http(inject('browserRpcUrl')), cacheTime: 0 })
    await client.request({ method: 'evm_mine' as never, params: [] as never })
    const mined = await client.getBlockNumber()
    expect(mined).toBeGreaterThan(before)
    // The chain-health poll sees the new head, marks the figures stale, and the positions reload.
    await page.locator(`[data-testid="figures-block"][data-block="${mined}"]`).waitFor({ timeout: 30_000 })
    expect(await page.getByTestId('figures-block').textContent()).toContain(`Figures as of block ${mined}`)
    expect(await page.getByTestId('figures-block').getAttribute('data-stale')).toBe('false')
    expect(errors).toEqual([])
  })
})
