import type { Address } from 'viem'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import {
  approvalsStateOverride,
  findAllowanceStorageKey,
} from '../../src/chain/write/allowanceStateOverride.ts'
import { buildApproveRequest } from '../../src/chain/write/buildApproveRequest.ts'
import { buildV3MintRequest } from '../../src/chain/write/buildV3Requests.ts'
import { prepareTx } from '../../src/chain/write/prepareTx.ts'
import { readChainDeadline } from '../../src/chain/write/readChainDeadline.ts'
import { erc20WriteAbi } from '../../src/chain/write/writeAbis.ts'
import { deriveV3Deposit } from '../../src/domain/actions/deriveV3Deposit.ts'
import { v3MintMinimums } from '../../src/domain/actions/slippage.ts'
import { rangeFromPercent } from '../../src/domain/actions/validateRange.ts'
import { v3PoolAbi } from './helpers/abis.ts'
import { createDevnetClient, type DevnetClient, fundAndApprove } from './helpers/devnetClient.ts'

const deployments = inject('deployments')
const npm = deployments.contracts.nonfungiblePositionManager
const pool = deployments.v3Pools.find(
  (p) => p.fee === 3000 && p.token0 === deployments.contracts.weth9 && p.token1 === deployments.usdToken,
)
if (!pool) throw new Error('WETH/USDC 0.3 % pool missing')
// A seeded trader: funded here, but it never approved the position manager.
const account = deployments.seed.traders.at(-1) as Address
let client: DevnetClient

beforeAll(async () => {
  client = createDevnetClient(inject('rpcUrl'))
  await fundAndApprove(client, deployments, account, [pool.token0, pool.token1], [])
})

describe('simulating the deposit before its approvals are mined (eth_call state override)', () => {
  it('finds the allowance slots of WETH9 and the devnet ERC20, and the exact mint simulates', async () => {
    const read = client.publicClient.readContract
    for (const token of [pool.token0, pool.token1])
      expect(
        await read({ address: token, abi: erc20WriteAbi, functionName: 'allowance', args: [account, npm] }),
      ).toBe(0n)
    expect(
      await findAllowanceStorageKey(client.publicClient, {
        token: pool.token0,
        owner: account,
        spender: npm,
      }),
    ).toMatch(/^0x[0-9a-f]{64}$/)

    const [sqrtPriceX96, tick] = await read({ address: pool.address, abi: v3PoolAbi, functionName: 'slot0' })
    const range = rangeFromPercent(tick, pool.tickSpacing, 10, 10)
    const deposit = deriveV3Deposit({ sqrtPriceX96, ...range, independent: 'token0', amountWei: 10n ** 17n })
    const mint = buildV3MintRequest({
      npm,
      token0: pool.token0,
      token1: pool.token1,
      fee: pool.fee,
      ...range,
      amount0DesiredWei: deposit.amount0DesiredWei,
      amount1DesiredWei: deposit.amount1DesiredWei,
      ...v3MintMinimums({ sqrtPriceX96, ...range, ...deposit, slippageBps: 50 }),
      recipient: account,
      deadline: await readChainDeadline(client.publicClient, 20),
    })
    const approvals = [
      buildApproveRequest({
        token: pool.token0,
        spender: npm,
        amountWei: deposit.amount0DesiredWei,
        label: 'Approve WETH',
      }),
      buildApproveRequest({
        token: pool.token1,
        spender: npm,
        amountWei: deposit.amount1DesiredWei,
        label: 'Approve USDC',
      }),
    ]
    // Without the approvals the mint reverts (the transfer from the account fails).
    const plain = await prepareTx(client.publicClient, account, mint)
    expect(plain.ok).toBe(false)

    const stateOverride = await approvalsStateOverride(client.publicClient, account, approvals)
    expect(stateOverride).toHaveLength(2)
    const simulated = await prepareTx(client.publicClient, account, mint, {
      stateOverride: stateOverride ?? [],
    })
    if (!simulated.ok) throw new Error(simulated.error.message)
    // The simulated mint returns (tokenId, liquidity, amount0, amount1): the predicted figures.
    const [, liquidity, amount0, amount1] = simulated.result as readonly [bigint, bigint, bigint, bigint]
    expect(liquidity).toBe(deposit.liquidity)
    expect(amount0).toBe(deposit.amount0Wei)
    expect(amount1).toBe(deposit.amount1Wei)
  })
})
