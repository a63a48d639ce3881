import { readFileSync } from 'node:fs'
import { sqrt } from '@uniswap/sdk-core'
import { encodeSqrtRatioX96 } from '@uniswap/v3-sdk'
import JSBI from 'jsbi'
import type { Page } from 'playwright-core'
import {
  type Abi,
  type Address,
  createPublicClient,
  decodeFunctionData,
  encodeDeployData,
  encodeFunctionData,
  formatUnits,
  getAddress,
  type Hex,
  http,
  type PublicClient,
  parseAbi,
  parseUnits,
  zeroAddress,
} from 'viem'
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
/** Anvil account 1: a third party that races the user to the pair. */
const other: Address = '0x70997970C51812dc3A010C7d01b50e0d17dc79C8'
const { weth9: weth, v2Factory, v3Factory } = deployments.contracts
const usdc = deployments.usdToken
const artifact = JSON.parse(readFileSync('devnet/artifacts/tokens.json', 'utf8')).contracts.DevnetToken as {
  abi: Abi
  bytecode: Hex
}
const abi = parseAbi([
  'function balanceOf(address) view returns (uint256)',
  'function totalSupply() view returns (uint256)',
  'function mint(address to, uint256 amount)',
  'function getPool(address, address, uint24) view returns (address)',
  'function getPair(address, address) view returns (address)',
  'function createPair(address, address) returns (address)',
  'function slot0() view returns (uint160 sqrtPriceX96, int24 tick, uint16, uint16, uint16, uint8, bool)',
  'function liquidity() view returns (uint128)',
  'function getReserves() view returns (uint112, uint112, uint32)',
  'function token0() view returns (address)',
  'function deposit() payable',
])
const routerAbi = parseAbi([
  'function addLiquidity(address tokenA, address tokenB, uint256 amountADesired, uint256 amountBDesired, uint256 amountAMin, uint256 amountBMin, address to, uint256 deadline) returns (uint256, uint256, uint256)',
  'function approve(address spender, uint256 amount) returns (bool)',
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

/** Sends a transaction from an unlocked devnet account and waits for it (a revert fails the test). */
async function send(from: Address, tx: { to?: Address; data: Hex; value?: bigint }) {
  const { value, ...rest } = tx
  const hash = (await rpc('eth_sendTransaction', [
    { from, ...rest, ...(value !== undefined ? { value: `0x${value.toString(16)}` } : {}) },
  ])) as Hex
  const receipt = await client.waitForTransactionReceipt({ hash, pollingInterval: 20 })
  if (receipt.status !== 'success') expect.fail(`setup transaction ${hash} reverted`)
  return receipt
}

/** A fresh unlisted ERC-20 (OpenZeppelin, the devnet's faucet token), minted to the demo account. */
async function deployToken(symbol: string, decimals: number, supply: string): Promise<Address> {
  const data = encodeDeployData({
    abi: artifact.abi,
    bytecode: artifact.bytecode,
    args: [`${symbol} Token`, symbol, decimals],
  })
  const token = getAddress(must((await send(owner, { data })).contractAddress, 'deployed token'))
  await send(owner, {
    to: token,
    data: encodeFunctionData({ abi, functionName: 'mint', args: [owner, parseUnits(supply, decimals)] }),
  })
  return token
}

async function openConnected(path: string, viewport?: { width: number; height: number }) {
  session = await openApp({ path, ...(viewport ? { viewport } : {}) })
  const { page } = session
  await page.getByTestId('account-button').click()
  await page.getByTestId('connector-poolscopeDevWallet').click()
  await page.locator('[data-testid="account-button"][data-account-source="wallet"]').waitFor()
  return page
}

/** Pastes a token address, waits for the verdict, acknowledges it and uses the token. */
async function importPasted(page: Page, token: Address, level: 'unknown' | 'imitation') {
  await page.getByTestId('token-address-input').fill(token)
  await page.locator(`[data-testid="token-verdict"][data-level="${level}"]`).waitFor()
  expect(await page.getByTestId('token-use').isDisabled()).toBe(true)
  await page.getByTestId('token-ack').check()
  await page.getByTestId('token-use').click()
  await page.getByTestId('token-imported').waitFor()
}

const optionLabel = (page: Page, select: string, value: string) =>
  page.locator(`[data-testid="${select}"] option[value="${value}"]`).textContent()

describe('any pair: a pasted token in a new V3 pool and a new V2 pair', () => {
  it('bad addresses are refused; a pasted 8-decimal token makes a V3 pool at the typed price, exactly', async () => {
    const pasted = await deployToken('PSTD', 8, '1000000')
    const imitation = await deployToken('USDC', 6, '1000')
    const page = await openConnected('/add')
    // Not an address; an account with no code; an imitation of a listed symbol (strong warning).
    await page.getByTestId('token-address-input').fill('0x1234')
    await page.getByText('Not an address: 0x followed by 40 hex characters.').waitFor()
    await page.getByTestId('token-address-input').fill(other)
    await page.locator('[data-testid="token-verdict"][data-level="invalid"]').waitFor()
    expect(await page.getByTestId('token-use').count()).toBe(0)
    await page.getByTestId('token-address-input').fill(imitation)
    await page.locator('[data-testid="token-verdict"][data-level="imitation"]').waitFor()
    expect(await page.getByTestId('token-verdict').textContent()).toContain('NOT the listed USDC')
    await importPasted(page, pasted, 'unknown')
    await page.getByTestId('no-pool-for-token').waitFor()

    await page.getByTestId('create-pool-open').click()
    expect(await optionLabel(page, 'create-token-b', pasted)).toBe('PSTD (unlisted)')
    // Imitation was not imported: it is not offered.
    expect(await page.locator(`[data-testid="create-token-b"] option[value="${imitation}"]`).count()).toBe(0)
    await page.getByTestId('create-token-a').selectOption(weth)
    await page.getByTestId('create-token-b').selectOption(pasted)
    await page.getByTestId('create-fee').selectOption('3000')
    await page.getByTestId('create-pool-warning').waitFor()
    const wethIs0 = weth.toLowerCase() < pasted.toLowerCase()
    // The price is typed as PSTD per WETH (flipping the quote when PSTD is token0).
    if (!wethIs0) await page.getByTestId('create-price-flip').click()
    await page.getByTestId('create-price').fill('0')
    await page.getByText('The starting price must be above 0.').waitFor()
    await page.getByTestId('create-price').fill('1e40')
    await page.getByText('Write the price as a plain positive decimal number').waitFor()
    await page.getByTestId('create-price').fill('1234.5')
    // Independent oracle: the v3-sdk's encodeSqrtRatioX96 of the raw ratio (PSTD 8 decimals, WETH 18).
    const raw = (text: string, decimals: number) => JSBI.BigInt(parseUnits(text, decimals).toString())
    const expectedSqrt = BigInt(
      (wethIs0
        ? encodeSqrtRatioX96(raw('1234.5', 8), raw('1', 18))
        : encodeSqrtRatioX96(raw('1', 18), raw('1234.5', 8))
      ).toString(),
    )
    await page.getByTestId('create-no-reference').waitFor()
    expect(await page.getByTestId('create-start').textContent()).toContain(expectedSqrt.toString())

    await page.getByTestId('current-price').waitFor()
    await page.getByTestId('range-preset-10').click()
    await page.getByTestId(wethIs0 ? 'amount-token0' : 'amount-token1').fill('0.5')
    await page.getByTestId('review').waitFor()
    await page.locator('[data-testid="simulation"][data-status="ok"]').waitFor({ timeout: 15_000 })
    const predictedLiquidity = BigInt(
      must(await page.getByTestId('review-liquidity').getAttribute('data-exact')),
    )
    expect(predictedLiquidity).toBeGreaterThan(0n)
    expect(
      await client.readContract({
        address: v3Factory,
        abi,
        functionName: 'getPool',
        args: [weth, pasted, 3000],
      }),
    ).toBe(zeroAddress)
    await page.getByTestId('submit-add').click()
    await page.locator('[data-testid="tx-stepper"][data-phase="done"]').waitFor({ timeout: 30_000 })

    const pool = await client.readContract({
      address: v3Factory,
      abi,
      functionName: 'getPool',
      args: [weth, pasted, 3000],
    })
    expect(pool).not.toBe(zeroAddress)
    const [sqrtPriceX96] = await client.readContract({ address: pool, abi, functionName: 'slot0' })
    expect(sqrtPriceX96).toBe(expectedSqrt)
    expect(await client.readContract({ address: pool, abi, functionName: 'liquidity' })).toBe(
      predictedLiquidity,
    )
    // The success screen says what was created; the pool is now in the form's list, badged.
    await page.locator(`[data-testid="created-notice"][data-address="${pool}"]`).waitFor()
    expect(await page.getByTestId('created-notice').textContent()).toContain('V3 pool (0.3%)')
    expect(await optionLabel(page, 'pool-select', pool)).toContain('unlisted')
    await page.getByTestId('imported-pool').getByText(pool).waitFor()
    // Creating it again is refused: the form selects the existing pool instead.
    await page.getByTestId('create-pool-open').click()
    await page.getByTestId('create-token-a').selectOption(pasted)
    await page.getByTestId('create-token-b').selectOption(weth)
    await page.getByTestId('create-fee').selectOption('3000')
    await page.getByTestId('create-pool-exists').waitFor()
    await page.getByTestId('create-pool-use-existing').click()
    expect(await page.getByTestId('pool-select').inputValue()).toBe(pool)

    // A reload keeps the imported token and the created pool (saved per chain), still badged.
    await page.reload()
    await page.locator(`[data-testid="pool-select"] option[value="${pool}"]`).waitFor({ state: 'attached' })
    expect(await optionLabel(page, 'pool-select', pool)).toContain('unlisted')
    await page.getByTestId('create-pool-open').click()
    expect(await optionLabel(page, 'create-token-b', pasted)).toBe('PSTD (unlisted)')
    expect(await page.locator(`[data-testid="create-token-b"] option[value="${imitation}"]`).count()).toBe(0)
    expect(session?.errors).toEqual([])
  })

  it('a V2 pair of a pasted token and USDC: reserves = the typed amounts, LP = sqrt(a*b) - 1000, as reviewed', async () => {
    const pasted = await deployToken('QRTZ', 18, '1000000')
    const page = await openConnected('/add')
    await importPasted(page, pasted, 'unknown')
    await page.getByTestId('create-pair-open').click()
    expect(await optionLabel(page, 'create-pair-token-a', pasted)).toBe('QRTZ (unlisted)')
    // A pair with itself.
    await page.getByTestId('create-pair-token-a').selectOption(pasted)
    await page.getByTestId('create-pair-token-b').selectOption(pasted)
    await page.getByText('a token cannot pair with itself').waitFor()
    await page.getByTestId('create-pair-token-b').selectOption(usdc)
    await page.getByTestId('create-pair-warning').waitFor()
    expect(
      await client.readContract({ address: v2Factory, abi, functionName: 'getPair', args: [pasted, usdc] }),
    ).toBe(zeroAddress)
    // Zero, then dust (sqrt(a*b) <= 1000 raw units), are refused with their reason; the text stays.
    await page.getByTestId('create-pair-amount-a').fill('0')
    await page.getByTestId('create-pair-amount-b').fill('1')
    await page.getByText('Enter an amount greater than zero.').first().waitFor()
    await page.getByTestId('create-pair-amount-a').fill('0.000000000000000001')
    await page.getByTestId('create-pair-amount-b').fill('0.000001')
    await page.getByText('These amounts are too small').first().waitFor()
    expect(await page.getByTestId('create-pair-amount-a').inputValue()).toBe('0.000000000000000001')

    const textA = '1234.567890123456789'
    const textB = '987.654321'
    await page.getByTestId('create-pair-amount-a').fill(textA)
    await page.getByTestId('create-pair-amount-b').fill(textB)
    const a = parseUnits(textA, 18)
    const b = parseUnits(textB, 6)
    // Independent oracle: the SDK's integer sqrt.
    const expectedLp = BigInt(sqrt(JSBI.BigInt((a * b).toString())).toString()) - 1000n
    await page.getByTestId('create-pair-liquidity').waitFor()
    expect(await page.getByTestId('create-pair-liquidity').getAttribute('data-exact')).toBe(
      expectedLp.toString(),
    )
    const pastedIs0 = pasted.toLowerCase() < usdc.toLowerCase()
    const [amount0, amount1] = pastedIs0 ? [a, b] : [b, a]
    expect(await page.getByTestId('create-pair-reserves').getAttribute('data-exact')).toBe(
      `${amount0}:${amount1}`,
    )
    const priceText = must(await page.getByTestId('create-pair-price').textContent())
    expect(priceText).toContain('USDC per QRTZ')
    expect(priceText).toContain('QRTZ per USDC')

    await page.getByTestId('review').waitFor()
    await page.getByTestId('create-pair-review-note').waitFor()
    await page.locator('[data-testid="simulation"][data-status="ok"]').waitFor({ timeout: 15_000 })
    const [sym0, sym1, dec0, dec1] = pastedIs0 ? ['QRTZ', 'USDC', 18, 6] : ['USDC', 'QRTZ', 6, 18]
    const exactPair = `${formatUnits(amount0, dec0)} ${sym0} + ${formatUnits(amount1, dec1)} ${sym1}`
    expect(await page.getByTestId('review-deposit').getAttribute('data-exact')).toBe(exactPair)
    expect(await page.getByTestId('review-min').getAttribute('data-exact')).toBe(exactPair)
    expect(await page.getByTestId('review-liquidity').getAttribute('data-exact')).toBe(
      formatUnits(expectedLp, 18),
    )
    const block0 = await client.getBlockNumber()
    await page.getByTestId('submit-add').click()
    await page.locator('[data-testid="tx-stepper"][data-phase="done"]').waitFor({ timeout: 30_000 })

    const pair = await client.readContract({
      address: v2Factory,
      abi,
      functionName: 'getPair',
      args: [pasted, usdc],
    })
    expect(pair).not.toBe(zeroAddress)
    const [reserve0, reserve1] = await client.readContract({
      address: pair,
      abi,
      functionName: 'getReserves',
    })
    expect([reserve0, reserve1]).toEqual([amount0, amount1])
    expect(await client.readContract({ address: pair, abi, functionName: 'balanceOf', args: [owner] })).toBe(
      expectedLp,
    )
    expect(await client.readContract({ address: pair, abi, functionName: 'totalSupply' })).toBe(
      expectedLp + 1000n,
    )
    // What the app sent: exact approvals (where the allowance was short), then ONE Router02.addLiquidity with
    // minimums = the typed amounts.
    const sent = []
    for (let n = block0 + 1n; n <= (await client.getBlockNumber()); n++)
      for (const hash of (await client.getBlock({ blockNumber: n })).transactions)
        sent.push(await client.getTransaction({ hash }))
    const router = deployments.contracts.v2Router02
    const adds = sent.filter((tx) => tx.to?.toLowerCase() === router.toLowerCase())
    expect(adds).toHaveLength(1)
    const add = decodeFunctionData({ abi: routerAbi, data: must(adds[0]).input })
    expect(add.functionName).toBe('addLiquidity')
    const [t0, t1] = pastedIs0 ? [pasted, usdc] : [usdc, pasted]
    expect(add.args.slice(0, 6)).toEqual([t0, t1, amount0, amount1, amount0, amount1])
    for (const tx of sent.filter((t) => t !== adds[0])) {
      const approve = decodeFunctionData({ abi: routerAbi, data: tx.input })
      expect(approve.functionName).toBe('approve')
      const [spender, value] = approve.args as readonly [Address, bigint]
      expect(spender).toBe(router)
      expect([amount0, amount1, 0n]).toContain(value)
    }
    await page.locator(`[data-testid="created-notice"][data-address="${pair}"]`).waitFor({ timeout: 15_000 })
    expect(await page.getByTestId('created-notice').textContent()).toContain('V2 pair')
    expect(await optionLabel(page, 'pool-select', pair)).toContain('unlisted')
    // The pair exists now: "create" it again and the form offers it instead.
    await page.getByTestId('create-pair-open').click()
    await page.getByTestId('create-pair-token-a').selectOption(usdc)
    await page.getByTestId('create-pair-token-b').selectOption(pasted)
    await page.getByTestId('create-pair-exists').waitFor()
    expect(session?.errors).toEqual([])
  })

  it('a pair someone else creates while the review is open stops the flow before anything is signed', async () => {
    const pasted = await deployToken('RACE', 18, '1000')
    // The third party holds RACE and WETH and has approved the router.
    const router = deployments.contracts.v2Router02
    await send(other, {
      to: pasted,
      data: encodeFunctionData({ abi, functionName: 'mint', args: [other, 10n ** 20n] }),
    })
    await send(other, {
      to: weth,
      data: encodeFunctionData({ abi, functionName: 'deposit' }),
      value: 10n ** 19n,
    })
    for (const token of [pasted, weth])
      await send(other, {
        to: token,
        data: encodeFunctionData({ abi: routerAbi, functionName: 'approve', args: [router, 2n ** 255n] }),
      })
    // At phone width: the filled-in panel and its review do not scroll sideways.
    const page = await openConnected('/add', { width: 390, height: 844 })
    await importPasted(page, pasted, 'unknown')
    await page.getByTestId('create-pair-open').click()
    await page.getByTestId('create-pair-token-a').selectOption(pasted)
    await page.getByTestId('create-pair-token-b').selectOption(weth)
    await page.getByTestId('create-pair-amount-a').fill('10')
    await page.getByTestId('create-pair-amount-b').fill('1')
    await page.locator('[data-testid="simulation"][data-status="ok"]').waitFor({ timeout: 15_000 })
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    const block0 = await client.getBlockNumber()
    // First the third party only creates the pair, empty: the deposit is still its first, at the typed price.
    await send(other, {
      to: v2Factory,
      data: encodeFunctionData({ abi, functionName: 'createPair', args: [pasted, weth] }),
    })
    const pair = await client.readContract({
      address: v2Factory,
      abi,
      functionName: 'getPair',
      args: [pasted, weth],
    })
    await page.getByTestId('create-pair-empty').getByText(pair).waitFor({ timeout: 15_000 })
    await page.locator('[data-testid="simulation"][data-status="ok"]').waitFor({ timeout: 15_000 })
    // Then it seeds the pair at 5 RACE per WETH (the user typed 10): the review closes, nothing to sign.
    await send(other, {
      to: deployments.contracts.v2Router02,
      data: encodeFunctionData({
        abi: routerAbi,
        functionName: 'addLiquidity',
        args: [pasted, weth, 5n * 10n ** 18n, 10n ** 18n, 0n, 0n, other, 4_102_444_800n],
      }),
    })
    await page.getByTestId('create-pair-exists').getByText(pair).waitFor({ timeout: 15_000 })
    expect(await page.getByTestId('review').count()).toBe(0)
    expect(await page.getByTestId('create-pair-amount-a').count()).toBe(0)
    // Nothing was sent by the app: only the third party's two transactions were mined.
    expect((await client.getBlockNumber()) - block0).toBe(2n)
    expect(session?.errors).toEqual([])
  })
})
