import { maxUint256 } from 'viem'
import { describe, expect, it } from 'vitest'
import { devnetCatalogue } from '../../chain/catalogue/devnetCatalogue.ts'
import { devnetDeployments } from '../../chain/catalogue/devnetDeployments.ts'
import {
  allowanceChecks,
  allowanceKind,
  knownSpenders,
  permit2AllowanceChecks,
  permit2AllowanceState,
  permit2Spenders,
  UNLIMITED_ALLOWANCE_WEI,
} from './knownSpenders.ts'
import type { ChainCatalogue } from './types.ts'

const PERMIT2 = '0x000000000022D473030F116dDEE9F6B43aC78BA3'
const deployments = devnetDeployments

describe('allowanceKind', () => {
  it('zero, dust below a millionth of a token, an amount, unlimited from 2^128', () => {
    expect(allowanceKind(0n, 18)).toBe('zero')
    expect(allowanceKind(775n, 18)).toBe('dust')
    expect(allowanceKind(10n ** 12n - 1n, 18)).toBe('dust')
    expect(allowanceKind(10n ** 12n, 18)).toBe('amount')
    expect(allowanceKind(99n, 8)).toBe('dust')
    expect(allowanceKind(100n, 8)).toBe('amount')
    // 1 wei of a 6-decimal token is already a millionth: never dust.
    expect(allowanceKind(1n, 6)).toBe('amount')
    expect(allowanceKind(1n, 0)).toBe('amount')
    expect(allowanceKind(UNLIMITED_ALLOWANCE_WEI - 1n, 18)).toBe('amount')
    expect(allowanceKind(UNLIMITED_ALLOWANCE_WEI, 18)).toBe('unlimited')
    expect(allowanceKind(maxUint256, 6)).toBe('unlimited')
  })
})

describe('allowanceChecks on the devnet catalogue', () => {
  const spenders = knownSpenders(devnetCatalogue)
  const checks = allowanceChecks(devnetCatalogue)

  it('names every contract the app approves, the farms by their pair', () => {
    expect(spenders.map((s) => s.kind)).toEqual([
      'npm',
      'v2-router',
      'swap-router',
      'v3-staker',
      'permit2',
      'farm',
    ])
    expect(spenders[4]).toEqual({ address: PERMIT2, name: 'Permit2', kind: 'permit2' })
    expect(spenders[0]?.name).toBe('Uniswap V3 positions (NPM)')
    expect(spenders[5]?.name).toMatch(/^WETH\/USDC LP farm \(0x/)
  })

  it('each ERC-20 against the five contracts, each LP token against the router and its own farm, once each', () => {
    const erc20 = checks.filter((c) => c.token.kind === 'erc20')
    const lp = checks.filter((c) => c.token.kind === 'v2-lp')
    expect(erc20).toHaveLength(devnetCatalogue.tokens.length * 5)
    expect(lp).toHaveLength(devnetCatalogue.v2Pairs.length + devnetCatalogue.stakingRewards.length)
    const keys = checks.map((c) => `${c.token.address}:${c.spender.address}`.toLowerCase())
    expect(new Set(keys).size).toBe(keys.length)
    const farm = devnetCatalogue.stakingRewards[0]
    expect(lp.filter((c) => c.spender.kind === 'farm').map((c) => c.token.address)).toEqual([
      farm?.stakingToken,
    ])
  })

  it('an added token is read too, a duplicate of a listed one is not read twice', () => {
    const listed = devnetCatalogue.tokens[0]
    if (!listed) throw new Error('no tokens')
    const extra = {
      address: '0x00000000000000000000000000000000000000aa' as const,
      symbol: 'X',
      name: 'X',
      decimals: 9,
    }
    expect(
      allowanceChecks(devnetCatalogue, [
        extra,
        { ...listed, address: listed.address.toLowerCase() as never },
      ]),
    ).toHaveLength(checks.length + 5)
  })
})

describe('Permit2 allowances', () => {
  it("the devnet's V4 PositionManager (from its deployments file) is Permit2's one spender there", () => {
    expect(permit2Spenders(devnetCatalogue)).toEqual([
      { address: deployments.v4?.positionManager, name: 'Uniswap V4 positions', kind: 'v4-position-manager' },
    ])
    const checks = permit2AllowanceChecks(devnetCatalogue)
    expect(checks).toHaveLength(devnetCatalogue.tokens.length)
    expect(new Set(checks.map((c) => c.permit2))).toEqual(new Set([PERMIT2]))
  })

  it('no Permit2 in the catalogue: no Permit2 spender and nothing read', () => {
    const without: ChainCatalogue = {
      ...devnetCatalogue,
      contracts: { ...devnetCatalogue.contracts, permit2: undefined },
    }
    expect(knownSpenders(without).some((s) => s.kind === 'permit2')).toBe(false)
    expect(permit2Spenders(without)).toEqual([])
    expect(permit2AllowanceChecks(without)).toEqual([])
  })

  it('expired strictly after the expiration (Permit2 reverts once block.timestamp > expiration); zero first', () => {
    const at = (amountWei: bigint, expiration: number) => ({ amountWei, expiration, nonce: 0 })
    expect(permit2AllowanceState(at(5n, 1_000), 999)).toBe('active')
    expect(permit2AllowanceState(at(5n, 1_000), 1_000)).toBe('active')
    expect(permit2AllowanceState(at(5n, 1_000), 1_001)).toBe('expired')
    expect(permit2AllowanceState(at(0n, 1_000), 10)).toBe('zero')
    expect(permit2AllowanceState(at(2n ** 160n - 1n, 2 ** 48 - 1), 2_000_000_000)).toBe('active')
  })
})
