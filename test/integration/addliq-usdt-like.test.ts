import { type Address, createPublicClient, custom, http, parseAbi } from 'viem'
import { beforeEach, describe, expect, inject, it } from 'vitest'
import { deployApprovalQuirkTokens, USDT_LIKE_ALLOWANCE_SLOT } from '../../devnet/approvalQuirkTokens.ts'
import { devnetChain } from '../../devnet/index.ts'
import {
  allowanceReadKeys,
  allowanceStorageKey,
  approvalsStateOverride,
  findAllowanceStorageKey,
} from '../../src/chain/write/allowanceStateOverride.ts'
import { buildApprovalSteps } from '../../src/chain/write/buildApproveRequest.ts'
import { buildV3MintRequest } from '../../src/chain/write/buildV3Requests.ts'
import { prepareTx } from '../../src/chain/write/prepareTx.ts'
import { readChainDeadline } from '../../src/chain/write/readChainDeadline.ts'
import type { TxRequest } from '../../src/chain/write/txRequest.ts'
import { erc20WriteAbi } from '../../src/chain/write/writeAbis.ts'
import { deriveV3Deposit } from '../../src/domain/actions/deriveV3Deposit.ts'
import { v3MintMinimums } from '../../src/domain/actions/slippage.ts'
import { rangeFromPercent } from '../../src/domain/actions/validateRange.ts'
import { encodeSqrtRatioX96, getTickAtSqrtRatio } from '../../src/math/index.ts'
import { devnetRpc } from '../helpers/devnetRpc.ts'
import { createDevnetClient, type DevnetClient, fundAndApprove } from './helpers/devnetClient.ts'

// Tokens that behave like USDT (approve returns nothing, refuses non-zero → non-zero) and keep their
// allowances past slot 9, directly and behind an EIP-1967 proxy (as USDC does), on the real NPM.
const deployments = inject('deployments')
const rpcUrl = inject('rpcUrl')
const npm = deployments.contracts.nonfungiblePositionManager
const weth = deployments.contracts.weth9
const account = deployments.seed.traders[2] as Address
const quirkAbi = parseAbi([
  'function mint(address to, uint256 value)',
  'function approve(address spender, uint256 value)',
])
let client: DevnetClient
let tokens: { usdtLike: Address; proxiedUsdtLike: Address }

beforeEach(async () => {
  client = createDevnetClient(rpcUrl)
  await fundAndApprove(client, deployments, account, [weth], [])
  tokens = await deployApprovalQuirkTokens(client.walletClient, client.publicClient, account)
  for (const token of [tokens.usdtLike, tokens.proxiedUsdtLike])
    await client.write({
      from: account,
      address: token,
      abi: quirkAbi,
      functionName: 'mint',
      args: [account, 10n ** 15n],
    })
})

const allowance = (token: Address) =>
  client.publicClient.readContract({
    address: token,
    abi: erc20WriteAbi,
    functionName: 'allowance',
    args: [account, npm],
  })

/** The app's path for one step: simulate the exact request, then send that calldata. */
async function send(request: TxRequest) {
  const prepared = await prepareTx(client.publicClient, account, request)
  if (!prepared.ok) throw new Error(`${request.kind}: ${prepared.error.message}`)
  const hash = await client.walletClient.sendTransaction({
    account,
    chain: client.walletClient.chain,
    to: request.to,
    data: request.data,
    value: request.valueWei,
    gas: prepared.gasLimit,
  })
  const receipt = await client.publicClient.waitForTransactionReceipt({ hash, pollingInterval: 10 })
  expect(receipt.status).toBe('success')
  return prepared
}

describe('allowance storage slot past 9 (plain and behind a proxy)', () => {
  it('eth_createAccessList finds and verifies the slot-12 key, plain and proxied', async () => {
    const expected = allowanceStorageKey(account, npm, USDT_LIKE_ALLOWANCE_SLOT)
    for (const token of [tokens.usdtLike, tokens.proxiedUsdtLike]) {
      expect(await allowanceReadKeys(client.publicClient, { token, owner: account, spender: npm })).toContain(
        expected,
      )
      expect(
        await findAllowanceStorageKey(client.publicClient, { token, owner: account, spender: npm }),
      ).toBe(expected)
    }
  })

  it('without eth_createAccessList the wider probe still finds it', async () => {
    const noAccessList = createPublicClient({
      chain: devnetChain,
      transport: custom({
        request: async ({ method, params }: { method: string; params?: unknown[] }) => {
          if (method === 'eth_createAccessList') throw new Error('method not supported')
          return devnetRpc(rpcUrl, method, params ?? [])
        },
      }),
      cacheTime: 0,
    })
    expect(
      await allowanceReadKeys(noAccessList, { token: tokens.proxiedUsdtLike, owner: account, spender: npm }),
    ).toEqual([])
    expect(
      await findAllowanceStorageKey(noAccessList, {
        token: tokens.proxiedUsdtLike,
        owner: account,
        spender: npm,
      }),
    ).toBe(allowanceStorageKey(account, npm, USDT_LIKE_ALLOWANCE_SLOT))
    // Sanity for the plain http client too.
    const plain = createPublicClient({ chain: devnetChain, transport: http(rpcUrl), cacheTime: 0 })
    expect(
      await findAllowanceStorageKey(plain, { token: tokens.usdtLike, owner: account, spender: npm }),
    ).toBe(allowanceStorageKey(account, npm, USDT_LIKE_ALLOWANCE_SLOT))
  })
})

describe('a USDT-like token in the Add flow', () => {
  it('a remaining allowance is reset to 0 first; approve returns no bool; the mint simulates before the approvals and mints', async () => {
    const usdt = tokens.proxiedUsdtLike
    // A leftover allowance, then the token's rule: a non-zero → non-zero approve reverts.
    await client.write({
      from: account,
      address: usdt,
      abi: quirkAbi,
      functionName: 'approve',
      args: [npm, 1n],
    })
    await expect(
      client.write({ from: account, address: usdt, abi: quirkAbi, functionName: 'approve', args: [npm, 5n] }),
    ).rejects.toThrow(/reset allowance to 0 first/)

    // A new WETH/USDT 0.3 % pool at 3000 USDT per WETH: create + initialize + mint in one multicall.
    const [token0, token1] = weth.toLowerCase() < usdt.toLowerCase() ? [weth, usdt] : [usdt, weth]
    const wethIs0 = token0 === weth
    const sqrtPriceX96 = wethIs0
      ? encodeSqrtRatioX96(3000n * 10n ** 6n, 10n ** 18n)
      : encodeSqrtRatioX96(10n ** 18n, 3000n * 10n ** 6n)
    const range = rangeFromPercent(getTickAtSqrtRatio(sqrtPriceX96), 60, 10, 10)
    const deposit = deriveV3Deposit({
      sqrtPriceX96,
      ...range,
      independent: wethIs0 ? 'token0' : 'token1',
      amountWei: 10n ** 18n,
    })
    const mint = buildV3MintRequest({
      npm,
      token0,
      token1,
      fee: 3000,
      ...range,
      amount0DesiredWei: deposit.amount0DesiredWei,
      amount1DesiredWei: deposit.amount1DesiredWei,
      ...v3MintMinimums({ sqrtPriceX96, ...range, ...deposit, slippageBps: 50 }),
      recipient: account,
      deadline: await readChainDeadline(client.publicClient, 20),
      initializeSqrtPriceX96: sqrtPriceX96,
    })
    const approvals: TxRequest[] = []
    for (const [token, need] of [
      [token0, deposit.amount0DesiredWei],
      [token1, deposit.amount1DesiredWei],
    ] as const)
      approvals.push(
        ...buildApprovalSteps({
          token,
          spender: npm,
          currentAllowanceWei: await allowance(token),
          amountWei: need,
          kind: token === weth ? 'approve-weth' : 'approve-usdt',
          symbol: token === weth ? 'WETH' : 'USDT',
          label: 'approve',
        }),
      )
    const usdtNeed = wethIs0 ? deposit.amount1DesiredWei : deposit.amount0DesiredWei
    expect(approvals.map((a) => a.kind)).toEqual(
      wethIs0
        ? ['approve-weth', 'approve-usdt-reset', 'approve-usdt']
        : ['approve-usdt-reset', 'approve-usdt', 'approve-weth'],
    )

    // The final step is simulated before any approval is sent (the override finds slot 12 on the proxy).
    expect((await prepareTx(client.publicClient, account, mint)).ok).toBe(false)
    const stateOverride = await approvalsStateOverride(client.publicClient, account, approvals)
    expect(stateOverride).toBeDefined()
    const early = await prepareTx(client.publicClient, account, mint, { stateOverride: stateOverride ?? [] })
    if (!early.ok) throw new Error(early.error.message)

    for (const approval of approvals) {
      const prepared = await send(approval)
      expect(prepared.ok && prepared.returnData).toEqual(
        approval.to === usdt ? '0x' : expect.stringMatching(/^0x0*1$/),
      )
    }
    expect(await allowance(usdt)).toBe(usdtNeed)
    const minted = await send(mint)
    expect(minted.ok && minted.returnData).toBe(early.ok && early.returnData)
    expect(await allowance(usdt)).toBe(0n)
  })
})
