import { decodeAbiParameters, decodeFunctionData, parseAbiParameters, zeroAddress } from 'viem'
import { describe, expect, it } from 'vitest'
import { v4HookInfo } from '../../../domain/positions/buildV4PositionView.ts'
import type { PositionViewOk } from '../../../domain/positions/model.ts'
import { getSqrtRatioAtTick } from '../../../math/index.ts'
import type { ManageState } from '../../readManageState.ts'
import { v4PositionManagerWriteAbi } from '../writeAbis.ts'
import { buildV4ManageAction } from './buildV4ManageAction.ts'

const OWNER = '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266'
const PM = '0x00000000000000000000000000000000000000a1'
const USDC = '0x00000000000000000000000000000000000000b2'
/** Low 14 bits 0x601: afterRemoveLiquidityReturnDelta (bit 0) among them, a return-delta permission. */
const RETURN_DELTA_HOOK = '0x0000000000000000000000000000000000000601'

function position(hooks: `0x${string}`): PositionViewOk {
  const token = (address: `0x${string}`, symbol: string, decimals: number) => ({
    address,
    symbol,
    displaySymbol: symbol,
    name: symbol,
    decimals,
    unusualDecimals: false,
    metadataOk: true,
  })
  return {
    id: 'v4:5',
    protocol: 'v4',
    location: 'wallet',
    status: 'ok',
    token0: token(zeroAddress, 'ETH', 18),
    token1: token(USDC, 'USDC', 6),
    v3: null,
    v2: null,
    v4: {
      tokenId: 5n,
      poolKey: { currency0: zeroAddress, currency1: USDC, fee: 500, tickSpacing: 10, hooks },
      tickLower: -600,
      tickUpper: 600,
      hook: v4HookInfo(hooks),
      subscriber: null,
    },
  } as unknown as PositionViewOk
}

const state: ManageState = {
  blockNumber: 10n,
  blockTimestamp: 1_000n,
  balancesWei: {},
  allowancesWei: {},
  ethBalanceWei: 0n,
  v4: { sqrtPriceX96: getSqrtRatioAtTick(0), tick: 0, liquidity: 10n ** 18n, fees0Wei: 7n, fees1Wei: 9n },
}

describe('#buildV4ManageAction', () => {
  it('collect: DECREASE 0 + TAKE_PAIR to the owner; pays exactly the fees; the deadline is the one given', () => {
    const model = buildV4ManageAction({
      kind: 'collect-v4',
      position: position(zeroAddress),
      state,
      owner: OWNER,
      positionManager: PM,
      removeBps: undefined,
      slippageBps: 50,
      deadline: 2_200n,
    })
    if (!model.ok) throw new Error(model.message)
    expect(model.payoutCheck).toEqual({
      recipient: OWNER,
      currencies: [zeroAddress, USDC],
      expectedWei: [7n, 9n],
      hookMayAlterAmounts: false,
    })
    const [request] = model.requests
    const { args } = decodeFunctionData({ abi: v4PositionManagerWriteAbi, data: request?.data ?? '0x' })
    const [unlockData, deadline] = args as readonly [`0x${string}`, bigint]
    expect(deadline).toBe(2_200n)
    const [actions] = decodeAbiParameters(parseAbiParameters('bytes, bytes[]'), unlockData)
    expect(actions).toBe('0x0111')
  })

  it('a return-delta hook is flagged for the payout check and named in the review; close adds the burn', () => {
    const model = buildV4ManageAction({
      kind: 'close-v4',
      position: position(RETURN_DELTA_HOOK),
      state,
      owner: OWNER,
      positionManager: PM,
      removeBps: undefined,
      slippageBps: 50,
      deadline: 2_200n,
    })
    if (!model.ok) throw new Error(model.message)
    expect(model.payoutCheck?.hookMayAlterAmounts).toBe(true)
    expect(model.rows.find((r) => r.key === 'hook')?.text).toContain('may change the amounts')
    expect(model.rows.find((r) => r.key === 'liquidity')?.exact).toBe((10n ** 18n).toString())
    const { args } = decodeFunctionData({
      abi: v4PositionManagerWriteAbi,
      data: model.requests[0]?.data ?? '0x',
    })
    const [actions] = decodeAbiParameters(parseAbiParameters('bytes, bytes[]'), (args as [`0x${string}`])[0])
    expect(actions).toBe('0x011103')
  })

  it('remove without a valid share, or of an empty position, builds nothing', () => {
    const base = {
      position: position(zeroAddress),
      owner: OWNER,
      positionManager: PM,
      slippageBps: 50,
      deadline: 2_200n,
    } as const
    expect(buildV4ManageAction({ ...base, kind: 'remove-v4', state, removeBps: undefined }).ok).toBe(false)
    const empty = { ...state, v4: { ...(state.v4 as NonNullable<ManageState['v4']>), liquidity: 0n } }
    expect(buildV4ManageAction({ ...base, kind: 'remove-v4', state: empty, removeBps: 5_000 }).ok).toBe(false)
  })
})
