import { toEventSelector } from 'viem'
import { describe, expect, it } from 'vitest'
import { nonfungiblePositionManagerAbi } from './nonfungiblePositionManagerAbi.ts'
import { pickAbiItems } from './pickAbiItems.ts'
import { uniswapV2PairAbi } from './uniswapV2PairAbi.ts'

describe('pickAbiItems', () => {
  it('returns the named items of the generated ABI, in the order given', () => {
    const picked = pickAbiItems(uniswapV2PairAbi, ['Sync', 'Swap', 'getReserves'])
    expect(picked.map((item) => item.name)).toEqual(['Sync', 'Swap', 'getReserves'])
    expect(picked.every((item) => uniswapV2PairAbi.includes(item as never))).toBe(true)
    // Sync(uint112,uint112) as the V2 pair emits it (topic from the Solidity signature, worked by hand).
    expect(toEventSelector(picked[0])).toBe(toEventSelector('Sync(uint112,uint112)'))
  })

  it('tells the event from the function of the same name (case) and refuses unknown or overloaded names', () => {
    expect(pickAbiItems(uniswapV2PairAbi, ['Transfer'])[0].type).toBe('event')
    expect(pickAbiItems(uniswapV2PairAbi, ['transfer'])[0].type).toBe('function')
    expect(() => pickAbiItems(uniswapV2PairAbi, ['slot0'])).toThrow('0 items named slot0')
    expect(() => pickAbiItems(nonfungiblePositionManagerAbi, ['safeTransferFrom'])).toThrow(
      '2 items named safeTransferFrom',
    )
  })
})
