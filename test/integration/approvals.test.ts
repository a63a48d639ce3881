import { type Address, erc20Abi, maxUint256, numberToHex, parseAbi } from 'viem'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { testAddress } from '../../devnet/accounts.ts'
import { deployApprovalQuirkTokens } from '../../devnet/approvalQuirkTokens.ts'
import { permit2Abi } from '../../src/chain/abi/permit2Abi.ts'
import { devnetCatalogue } from '../../src/chain/catalogue/devnetCatalogue.ts'
import { readApprovals } from '../../src/chain/readers/readApprovals.ts'
import { buildApproveRequest } from '../../src/chain/write/buildApproveRequest.ts'
import { prepareTx } from '../../src/chain/write/prepareTx.ts'
import {
  allowanceChecks,
  allowanceKind,
  permit2AllowanceChecks,
  permit2AllowanceState,
} from '../../src/domain/catalogue/knownSpenders.ts'
import { devnetRpc } from '../helpers/devnetRpc.ts'
import { createDevnetClient, type DevnetClient } from './helpers/devnetClient.ts'

const deployments = inject('deployments')
const { contracts } = deployments
let client: DevnetClient

beforeAll(() => {
  client = createDevnetClient(inject('rpcUrl'))
})

/** Independent oracle: one plain allowance() eth_call per pair, no multicall, no app code. */
const allowanceOf = (token: Address, owner: Address, spender: Address) =>
  client.publicClient.readContract({
    address: token,
    abi: erc20Abi,
    functionName: 'allowance',
    args: [owner, spender],
  })

describe('the demo account starts with no approval', () => {
  it('every token and LP token of the seed allows 0 to every spender the seed deployed', async () => {
    // Enumerated from the deployments file, not from the app's list of known spenders.
    const spenders = [
      contracts.nonfungiblePositionManager,
      contracts.v2Router02,
      contracts.swapRouter,
      contracts.v3Staker,
      ...deployments.stakingRewards.map((farm) => farm.address),
      ...(deployments.v4 ? [deployments.v4.permit2] : []),
    ]
    const tokens = [...deployments.tokens.map((t) => t.address), ...deployments.v2Pairs.map((p) => p.address)]
    expect(tokens.length).toBeGreaterThan(10)
    const nonZero: string[] = []
    for (const token of tokens)
      for (const spender of spenders) {
        const value = await allowanceOf(token, deployments.demoAccount, spender)
        if (value !== 0n) nonZero.push(`${token} → ${spender}: ${value}`)
      }
    // Nor does Permit2 let the V4 PositionManager pull anything (the V4 seed revokes what it used).
    const v4 = deployments.v4
    if (v4)
      for (const token of deployments.tokens) {
        const [amount] = await client.publicClient.readContract({
          address: v4.permit2,
          abi: permit2Abi,
          functionName: 'allowance',
          args: [deployments.demoAccount, token.address, v4.positionManager],
        })
        if (amount !== 0n) nonZero.push(`${token.symbol} → Permit2 → V4 PositionManager: ${amount}`)
      }
    expect(nonZero).toEqual([])
    // The book itself is still there: the demo account holds LP and staked LP.
    const pair = deployments.seed.demoV2Holdings[0]?.pair as Address
    expect(
      await client.publicClient.readContract({
        address: pair,
        abi: erc20Abi,
        functionName: 'balanceOf',
        args: [deployments.demoAccount],
      }),
    ).toBeGreaterThan(0n)
  })
})

describe('readApprovals: one multicall, the same as allowance() call by call', () => {
  // anvil account 6: unlocked, never used by the seed.
  const owner = testAddress(6)
  const token = (symbol: string) => deployments.tokens.find((t) => t.symbol === symbol)?.address as Address
  const farm = deployments.stakingRewards[0]
  if (!farm) throw new Error('no farm')

  it('reads what was approved (exact, dust, unlimited, LP to a farm) and 0 elsewhere', async () => {
    const approvals: [Address, Address, bigint][] = [
      [token('WETH'), contracts.nonfungiblePositionManager, 1_500_000_000_000_000_000n],
      [token('WETH'), contracts.v2Router02, 775n],
      [token('USDC'), contracts.v2Router02, 123_456_789n],
      [token('WBTC'), contracts.swapRouter, 50n],
      [token('DAI'), contracts.nonfungiblePositionManager, maxUint256],
      [farm.stakingToken, farm.address, 10n ** 17n],
    ]
    for (const [address, spender, amount] of approvals)
      await client.write({
        from: owner,
        address,
        abi: erc20Abi,
        functionName: 'approve',
        args: [spender, amount],
      })

    const checks = allowanceChecks(devnetCatalogue)
    let requests = 0
    const counting = {
      ...client.publicClient,
      request: ((args: never) => {
        requests++
        return client.publicClient.request(args)
      }) as typeof client.publicClient.request,
    }
    const permit2Checks = permit2AllowanceChecks(devnetCatalogue)
    const read = await readApprovals(counting, {
      owner,
      checks,
      permit2Checks,
      multicall3: contracts.multicall3,
    })
    const rows = read.allowances
    expect(requests).toBe(1)
    expect(read.permit2).toHaveLength(permit2Checks.length)
    expect(rows).toHaveLength(checks.length)
    for (const row of rows) {
      if (!row.allowance.ok)
        throw new Error(`${row.token.symbol} → ${row.spender.name}: ${row.allowance.error}`)
      expect(row.allowance.value, `${row.token.symbol} → ${row.spender.name}`).toBe(
        await allowanceOf(row.token.address, owner, row.spender.address),
      )
    }
    const nonZero = rows.flatMap((row) =>
      row.allowance.ok && row.allowance.value > 0n
        ? [[row.token.address, row.spender.address, row.allowance.value] as [Address, Address, bigint]]
        : [],
    )
    expect(new Set(nonZero.map((r) => r.join()))).toEqual(new Set(approvals.map((r) => r.join())))
    const kindOf = (address: Address, spender: Address) => {
      const row = rows.find((r) => r.token.address === address && r.spender.address === spender)
      if (!row?.allowance.ok) throw new Error('row missing')
      return allowanceKind(row.allowance.value, row.token.decimals)
    }
    expect(kindOf(token('WETH'), contracts.v2Router02)).toBe('dust')
    expect(kindOf(token('WBTC'), contracts.swapRouter)).toBe('dust')
    expect(kindOf(token('USDC'), contracts.v2Router02)).toBe('amount')
    expect(kindOf(token('DAI'), contracts.nonfungiblePositionManager)).toBe('unlimited')
    expect(kindOf(farm.stakingToken, farm.address)).toBe('amount')
  })

  it('a Tether-like token (approve returns nothing) is listed and revokes to 0; a bad token fails on its rows only', async () => {
    const { usdtLike } = await deployApprovalQuirkTokens(client.walletClient, client.publicClient, owner)
    await client.write({
      from: owner,
      address: usdtLike,
      abi: parseAbi(['function approve(address spender, uint256 value)']),
      functionName: 'approve',
      args: [contracts.nonfungiblePositionManager, 5_000_000n],
    })
    const notAToken = testAddress(7)
    const checks = allowanceChecks(devnetCatalogue, [
      { address: usdtLike, symbol: 'USDTL', name: 'USDT-like', decimals: 6 },
      { address: notAToken, symbol: 'NOPE', name: 'not a token', decimals: 18 },
    ])
    const read = async () =>
      (
        await readApprovals(client.publicClient, {
          owner,
          checks,
          permit2Checks: [],
          multicall3: contracts.multicall3,
        })
      ).allowances
    const row = (rows: Awaited<ReturnType<typeof read>>, address: Address) =>
      rows.find(
        (r) => r.token.address === address && r.spender.address === contracts.nonfungiblePositionManager,
      )
    const before = await read()
    expect(row(before, usdtLike)?.allowance).toEqual({ ok: true, value: 5_000_000n })
    expect(row(before, notAToken)?.allowance).toEqual({ ok: false, error: 'no contract at address' })
    expect(before.filter((r) => !r.allowance.ok).every((r) => r.token.address === notAToken)).toBe(true)

    // The panel's revoke: approve(spender, 0), simulated first, then sent.
    const revoke = buildApproveRequest({
      token: usdtLike,
      spender: contracts.nonfungiblePositionManager,
      amountWei: 0n,
      label: 'Revoke',
      kind: 'revoke',
    })
    const prepared = await prepareTx(client.publicClient, owner, revoke)
    if (!prepared.ok) throw new Error(prepared.error.message)
    const hash = await client.walletClient.sendTransaction({
      account: owner,
      chain: client.walletClient.chain,
      to: revoke.to,
      data: revoke.data,
      gas: prepared.gasLimit,
    })
    expect((await client.publicClient.waitForTransactionReceipt({ hash })).status).toBe('success')
    expect(await allowanceOf(usdtLike, owner, contracts.nonfungiblePositionManager)).toBe(0n)
    expect(row(await read(), usdtLike)?.allowance).toEqual({ ok: true, value: 0n })
  })
})

describe('readApprovals: Permit2', () => {
  /** A fresh account (HD index 41: never funded or used elsewhere), impersonated for this test. */
  const owner = testAddress(41)
  const v4 = deployments.v4
  if (!v4) throw new Error('no V4 deployments')
  const weth = deployments.tokens.find((t) => t.symbol === 'WETH')?.address as Address

  it("reads Permit2.allowance (amount, expiration, nonce) as Permit2 returns it, at the block's time", async () => {
    const rpcUrl = inject('rpcUrl')
    await devnetRpc(rpcUrl, 'anvil_impersonateAccount', [owner])
    await devnetRpc(rpcUrl, 'anvil_setBalance', [owner, numberToHex(10n ** 20n)])
    await client.write({
      from: owner,
      address: weth,
      abi: erc20Abi,
      functionName: 'approve',
      args: [v4.permit2, 7n * 10n ** 17n],
    })
    const block = await client.publicClient.getBlock()
    const expiration = Number(block.timestamp) + 600
    await client.write({
      from: owner,
      address: v4.permit2,
      abi: permit2Abi,
      functionName: 'approve',
      args: [weth, v4.positionManager, 123_456_789_000n, expiration],
    })
    const read = await readApprovals(client.publicClient, {
      owner,
      checks: allowanceChecks(devnetCatalogue),
      permit2Checks: permit2AllowanceChecks(devnetCatalogue),
      multicall3: contracts.multicall3,
    })
    const latest = await client.publicClient.getBlock()
    expect(read.blockNumber).toBe(latest.number)
    expect(read.timestampSeconds).toBe(Number(latest.timestamp))
    for (const row of read.permit2) {
      if (!row.allowance.ok) throw new Error(`${row.token.symbol}: ${row.allowance.error}`)
      const [amount, exp, nonce] = await client.publicClient.readContract({
        address: v4.permit2,
        abi: permit2Abi,
        functionName: 'allowance',
        args: [owner, row.token.address, row.spender.address],
      })
      expect(row.allowance.value, row.token.symbol).toEqual({ amountWei: amount, expiration: exp, nonce })
    }
    const wethRow = read.permit2.find((r) => r.token.address === weth)
    expect(wethRow?.allowance).toEqual({
      ok: true,
      value: { amountWei: 123_456_789_000n, expiration, nonce: 0 },
    })
    if (!wethRow?.allowance.ok) throw new Error('no WETH row')
    expect(permit2AllowanceState(wethRow.allowance.value, read.timestampSeconds)).toBe('active')
    expect(permit2AllowanceState(wethRow.allowance.value, expiration + 1)).toBe('expired')
    const toPermit2 = read.allowances.find((r) => r.token.address === weth && r.spender.kind === 'permit2')
    expect(toPermit2?.allowance).toEqual({ ok: true, value: 7n * 10n ** 17n })
    await devnetRpc(rpcUrl, 'anvil_stopImpersonatingAccount', [owner])
  })
})
