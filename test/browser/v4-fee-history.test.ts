import {
  type Address,
  createPublicClient,
  createWalletClient,
  erc20Abi,
  type Hex,
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
  'function getPoolAndPositionInfo(uint256 tokenId) view returns ((address currency0, address currency1, uint24 fee, int24 tickSpacing, address hooks) poolKey, uint256 info)',
  'function modifyLiquidities(bytes unlockData, uint256 deadline) payable',
])
const ORACLE_RECIPIENT: Address = '0x00000000000000000000000000000000000fee53'
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

const balanceOf = (client: PublicClient, currency: Address, holder: Address) =>
  currency === zeroAddress
    ? client.getBalance({ address: holder })
    : client.readContract({ address: currency, abi: erc20Abi, functionName: 'balanceOf', args: [holder] })

/** DECREASE_LIQUIDITY(0) + TAKE_PAIR to `recipient`, sent by the owner: a V4 collect. */
async function collect(
  client: PublicClient,
  v4: V4DeploymentInfo,
  owner: Address,
  key: PoolKey,
  tokenId: bigint,
  recipient: Address,
) {
  const wallet = createWalletClient({ chain: devnetChain, transport: http(rpcUrl), account: owner })
  const hash = await wallet.writeContract({
    address: v4.positionManager,
    abi: positionManagerAbi,
    functionName: 'modifyLiquidities',
    args: [
      encodeV4Actions([
        { action: V4_ACTIONS.DECREASE_LIQUIDITY, params: v4ActionParams.decrease(tokenId, 0n) },
        { action: V4_ACTIONS.TAKE_PAIR, params: v4ActionParams.takePair(key, recipient) },
      ]),
      DEADLINE,
    ],
  })
  expect((await client.waitForTransactionReceipt({ hash })).status).toBe('success')
}

describe('V4 fee history on the positions page (Chromium, issue 14)', () => {
  it('after a collect of a native-ETH hooked position and a WBTC/USDC one, each card’s paid-out fees equal what the contracts paid, to the wei, exact', async () => {
    const deployments = inject('browserDeployments')
    const v4 = deployments.v4 as V4DeploymentInfo
    const owner = deployments.demoAccount
    const client = createPublicClient({ transport: http(rpcUrl), cacheTime: 0 }) as PublicClient
    const collected: { tokenId: bigint; fees: bigint[] }[] = []
    for (const label of ['full-range', 'uncollected-fees'] as const) {
      const tokenId = BigInt(v4.demoPositions.find((p) => p.label === label)?.tokenId ?? -1)
      const [key] = await client.readContract({
        address: v4.positionManager,
        abi: positionManagerAbi,
        functionName: 'getPoolAndPositionInfo',
        args: [tokenId],
      })
      // Oracle: the same collect to an empty address in a nested snapshot, its balance changes, reverted.
      const inner = (await rpc('evm_snapshot')) as Hex
      await collect(client, v4, owner, key, tokenId, ORACLE_RECIPIENT)
      const fees = [
        await balanceOf(client, key.currency0, ORACLE_RECIPIENT),
        await balanceOf(client, key.currency1, ORACLE_RECIPIENT),
      ]
      expect(await rpc('evm_revert', [inner])).toBe(true)
      expect((fees[0] ?? 0n) + (fees[1] ?? 0n)).toBeGreaterThan(0n)
      await collect(client, v4, owner, key, tokenId, owner)
      collected.push({ tokenId, fees })
    }

    session = await openApp()
    const { page, errors } = session
    await page.getByTestId('account-button').click()
    await page.getByTestId('connector-poolscopeDevWallet').click()
    await page.locator('[data-testid="account-button"][data-account-source="wallet"]').waitFor()
    await page.getByTestId('filter-status-all').click()
    for (const { tokenId, fees } of collected) {
      const card = page.locator(`[data-testid="position-card"][data-position-id="v4:${tokenId}"]`)
      await card.getByTestId('collected-fees').waitFor({ timeout: 60_000 })
      expect([
        await card.getByTestId('collected-fees0').getAttribute('data-exact'),
        await card.getByTestId('collected-fees1').getAttribute('data-exact'),
      ]).toEqual(fees.map(String))
      expect(await card.getByTestId('lifetime-fees-estimate').count()).toBe(0)
      expect(await card.getByTestId('lifetime-fees').textContent()).toMatch(/^\$/)
    }
    // Every V4 card has its versus-holding figures.
    expect(await page.locator('[data-position-id^="v4:"] [data-testid="versus-holding"]').count()).toBe(5)
    for (const [width, height] of [
      [1280, 900],
      [390, 844],
    ] as const) {
      await page.setViewportSize({ width, height })
      await page
        .locator(`[data-position-id="v4:${collected[0]?.tokenId}"] [data-testid="versus-holding"]`)
        .scrollIntoViewIfNeeded()
      await page.screenshot({ path: `/tmp/s9-v4hist-shots/v4-fees-${width}.png`, fullPage: false })
    }
    expect(errors).toEqual([])
  })
})
