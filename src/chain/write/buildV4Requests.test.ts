import { readFileSync } from 'node:fs'
import { decodeAbiParameters, decodeFunctionData, parseAbiParameters, zeroAddress } from 'viem'
import { describe, expect, it } from 'vitest'
import { encodeV4Actions, V4_ACTIONS as SEED_ACTIONS, v4ActionParams } from '../../../devnet/v4Seed.ts'
import { buildV4DecreaseRequest, encodeV4UnlockData, V4_ACTIONS, v4Params } from './buildV4Requests.ts'
import { v4PositionManagerWriteAbi } from './writeAbis.ts'

const KEY = {
  currency0: zeroAddress,
  currency1: '0x5FbDB2315678afecb367f032d93F642f64180aa3',
  fee: 500,
  tickSpacing: 10,
  hooks: zeroAddress,
} as const
const OWNER = '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266'

describe('V4 PositionManager actions', () => {
  it('the command bytes are the ones v4-periphery Actions.sol defines (read from the npm package source)', () => {
    const source = readFileSync('node_modules/@uniswap/v4-periphery/src/libraries/Actions.sol', 'utf8')
    for (const [name, value] of Object.entries(V4_ACTIONS)) {
      const match = source.match(new RegExp(`uint256 internal constant ${name} = (0x[0-9a-fA-F]+);`))
      expect(match, name).not.toBeNull()
      expect(Number(match?.[1]), name).toBe(value)
    }
    for (const [name, value] of Object.entries(SEED_ACTIONS))
      expect(V4_ACTIONS[name as keyof typeof V4_ACTIONS], name).toBe(value)
  })

  it('encodes DECREASE(0) + TAKE_PAIR byte for byte as the devnet seed (proved against the contracts)', () => {
    const ours = encodeV4UnlockData([
      { action: V4_ACTIONS.DECREASE_LIQUIDITY, params: v4Params.decrease(7n, 0n, 0n, 0n) },
      { action: V4_ACTIONS.TAKE_PAIR, params: v4Params.takePair(KEY, OWNER) },
      { action: V4_ACTIONS.BURN_POSITION, params: v4Params.burn(7n, 0n, 0n) },
    ])
    const seed = encodeV4Actions([
      { action: SEED_ACTIONS.DECREASE_LIQUIDITY, params: v4ActionParams.decrease(7n, 0n) },
      { action: SEED_ACTIONS.TAKE_PAIR, params: v4ActionParams.takePair(KEY, OWNER) },
      { action: SEED_ACTIONS.BURN_POSITION, params: v4ActionParams.burn(7n) },
    ])
    expect(ours).toBe(seed)
  })

  it('a close is modifyLiquidities(DECREASE all with the minimums, TAKE_PAIR to the owner, BURN) with the deadline', () => {
    const request = buildV4DecreaseRequest({
      positionManager: KEY.currency1,
      tokenId: 9n,
      poolKey: KEY,
      liquidity: 1234n,
      amount0MinWei: 5n,
      amount1MinWei: 6n,
      recipient: OWNER,
      deadline: 1_700_000_000n,
      burn: true,
      kind: 'close-v4',
      label: 'close',
    })
    const { functionName, args } = decodeFunctionData({ abi: v4PositionManagerWriteAbi, data: request.data })
    expect(functionName).toBe('modifyLiquidities')
    expect(request.valueWei).toBe(0n)
    const [unlockData, deadline] = args as readonly [`0x${string}`, bigint]
    expect(deadline).toBe(1_700_000_000n)
    const [actions, params] = decodeAbiParameters(parseAbiParameters('bytes, bytes[]'), unlockData)
    expect(actions).toBe('0x011103')
    expect(
      decodeAbiParameters(
        parseAbiParameters('uint256, uint256, uint128, uint128, bytes'),
        params[0] as `0x${string}`,
      ),
    ).toEqual([9n, 1234n, 5n, 6n, '0x'])
    expect(
      decodeAbiParameters(parseAbiParameters('address, address, address'), params[1] as `0x${string}`),
    ).toEqual([KEY.currency0, KEY.currency1, OWNER])
  })
})
