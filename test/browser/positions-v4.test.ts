import {
  type Address,
  createPublicClient,
  createWalletClient,
  erc20Abi,
  formatUnits,
  http,
  type PublicClient,
  parseAbi,
  zeroAddress,
} from 'viem'
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest'
import { devnetChain } from '../../devnet/chain.ts'
import { encodeV4Actions, V4_ACTIONS, v4ActionParams } from '../../devnet/v4Seed.ts'
import type { V4DeploymentInfo } from '../../src/domain/catalogue/types.ts'
import { devnetRpc } from '../helpers/devnetRpc.ts'
import { type AppSession, openApp } from './harness.ts'

// The test's own view of the contracts: it is the oracle the page is checked against.
const positionManagerAbi = parseAbi([
  'function ownerOf(uint256 tokenId) view returns (address)',
  'function getPoolAndPositionInfo(uint256 tokenId) view returns ((address currency0, address currency1, uint24 fee, int24 tickSpacing, address hooks) poolKey, uint256 info)',
  'function getPositionLiquidity(uint256 tokenId) view returns (uint128)',
  'function modifyLiquidities(bytes unlockData, uint256 deadline) payable',
])
const PAYOUT_RECIPIENT: Address = '0x00000000000000000000000000000000000fee52'
const DEADLINE = 4_102_444_800n
const rpcUrl = inject('browserRpcUrl')
const rpc = (method: string, params: unknown[] = []) => devnetRpc(rpcUrl, method, params)

let session: AppSession | undefined
let snapshotId: string | undefined
beforeEach(async () => {
  snapshotId = (await rpc('evm_snapshot')) as string
})
afterEach(async () => {
  await session?.close()
  session = undefined
  if (snapshotId) await rpc('evm_revert', [snapshotId])
})

type PoolKey = { currency0: Address; currency1: Address; fee: number; tickSpacing: number; hooks: Address }

async function balanceOf(client: PublicClient, currency: Address, owner: Address) {
  if (currency === zeroAddress) return client.getBalance({ address: owner })
  return client.readContract({ address: currency, abi: erc20Abi, functionName: 'balanceOf', args: [owner] })
}

/** What the contracts pay for DECREASE_LIQUIDITY(tokenId, liquidity) + TAKE_PAIR, sent by the owner. */
async function payout(
  client: PublicClient,
  v4: V4DeploymentInfo,
  owner: Address,
  key: PoolKey,
  tokenId: bigint,
  liquidity: bigint,
) {
  const before = [
    await balanceOf(client, key.currency0, PAYOUT_RECIPIENT),
    await balanceOf(client, key.currency1, PAYOUT_RECIPIENT),
  ]
  const wallet = createWalletClient({ chain: devnetChain, transport: http(rpcUrl), account: owner })
  const hash = await wallet.writeContract({
    address: v4.positionManager,
    abi: positionManagerAbi,
    functionName: 'modifyLiquidities',
    args: [
      encodeV4Actions([
        { action: V4_ACTIONS.DECREASE_LIQUIDITY, params: v4ActionParams.decrease(tokenId, liquidity) },
        { action: V4_ACTIONS.TAKE_PAIR, params: v4ActionParams.takePair(key, PAYOUT_RECIPIENT) },
      ]),
      DEADLINE,
    ],
  })
  expect((await client.waitForTransactionReceipt({ hash })).status).toBe('success')
  return [
    (await balanceOf(client, key.currency0, PAYOUT_RECIPIENT)) - (before[0] as bigint),
    (await balanceOf(client, key.currency1, PAYOUT_RECIPIENT)) - (before[1] as bigint),
  ]
}

describe('V4 positions on the positions page (Chromium, issue 14)', () => {
  it('each V4 card shows the exact amounts and fees the contracts pay, its hook flags and subscriber; the burned one is absent', async () => {
    const deployments = inject('browserDeployments')
    const v4 = deployments.v4 as V4DeploymentInfo
    const client = createPublicClient({ transport: http(rpcUrl), cacheTime: 0 }) as PublicClient
    session = await openApp()
    const { page, errors } = session
    await page.getByTestId('account-button').click()
    await page.getByTestId('connector-poolscopeDevWallet').click()
    await page.locator('[data-testid="account-button"][data-account-source="wallet"]').waitFor()
    await page.getByTestId('filter-status-all').click()

    const held = []
    for (const seeded of v4.demoPositions) {
      const tokenId = BigInt(seeded.tokenId)
      const owner = await client
        .readContract({
          address: v4.positionManager,
          abi: positionManagerAbi,
          functionName: 'ownerOf',
          args: [tokenId],
        })
        .catch(() => null)
      if (seeded.label === 'closed') expect(owner).toBeNull()
      else if (owner?.toLowerCase() === deployments.demoAccount.toLowerCase())
        held.push({ ...seeded, tokenId })
    }
    expect(held.length).toBe(5)
    const decimalsOf = new Map<string, number>([
      [zeroAddress, 18],
      ...deployments.tokens.map((t) => [t.address.toLowerCase(), t.decimals] as [string, number]),
    ])
    const shown = []
    for (const seeded of held) {
      const card = page.locator(`[data-testid="position-card"][data-position-id="v4:${seeded.tokenId}"]`)
      await card.waitFor({ timeout: 30_000 })
      expect(await card.getAttribute('data-status')).toBe('ok')
      expect(await card.getByTestId('protocol-badge').textContent()).toBe('Uniswap V4')
      const figure = async (testId: string) => {
        const element = card.getByTestId(testId)
        const wei = BigInt((await element.getAttribute('data-wei')) ?? 'NaN')
        const token = ((await element.getAttribute('data-token')) ?? '').toLowerCase()
        expect(await element.getAttribute('data-exact')).toBe(
          formatUnits(wei, decimalsOf.get(token) ?? Number.NaN),
        )
        return wei
      }
      const [key] = await client.readContract({
        address: v4.positionManager,
        abi: positionManagerAbi,
        functionName: 'getPoolAndPositionInfo',
        args: [seeded.tokenId],
      })
      const hook = card.getByTestId('v4-hook')
      if (key.hooks === zeroAddress) expect(await hook.getAttribute('data-hook')).toBe('none')
      else {
        expect((await hook.getAttribute('data-hook'))?.toLowerCase()).toBe(v4.swapCounterHook.toLowerCase())
        expect(await hook.getAttribute('data-hook-flags')).toBe('beforeSwap,afterSwap')
        expect(await hook.textContent()).toContain('Risk: hooked pool')
      }
      const subscriber = await card.getByTestId('v4-subscriber').getAttribute('data-subscriber')
      expect(subscriber?.toLowerCase()).toBe(
        seeded.label === 'subscribed' ? v4.subscriber.toLowerCase() : 'none',
      )
      shown.push({
        seeded,
        key: { ...key },
        figures: [
          await figure('amount0'),
          await figure('amount1'),
          await figure('fees0'),
          await figure('fees1'),
        ],
      })
    }
    expect(shown.some(({ key }) => key.currency0 === zeroAddress)).toBe(true)
    expect(await page.locator('[data-testid="position-card"][data-position-id^="v4:"]').count()).toBe(5)
    await page.setViewportSize({ width: 1280, height: 900 })
    await page.locator(`[data-position-id="v4:${held[0]?.tokenId}"]`).scrollIntoViewIfNeeded()
    await page.screenshot({ path: '/tmp/s9-v4-shots/positions-v4-1280.png', fullPage: false })
    await page.setViewportSize({ width: 390, height: 844 })
    await page.locator(`[data-position-id="v4:${held[2]?.tokenId}"]`).scrollIntoViewIfNeeded()
    await page.screenshot({ path: '/tmp/s9-v4-shots/positions-v4-390.png', fullPage: false })
    const pageBlock = BigInt((await page.getByTestId('figures-block').getAttribute('data-block')) ?? 'NaN')
    expect(errors).toEqual([])
    await session.close()
    session = undefined

    // The oracle: what the contracts pay at the page's block (reverted after the test).
    expect(await client.getBlockNumber()).toBe(pageBlock)
    for (const { seeded, key, figures } of shown) {
      const fees = await payout(client, v4, deployments.demoAccount, key, seeded.tokenId, 0n)
      const liquidity = await client.readContract({
        address: v4.positionManager,
        abi: positionManagerAbi,
        functionName: 'getPositionLiquidity',
        args: [seeded.tokenId],
      })
      const amounts = await payout(client, v4, deployments.demoAccount, key, seeded.tokenId, liquidity)
      expect([...amounts, ...fees], seeded.label).toEqual(figures)
    }
  })
})
