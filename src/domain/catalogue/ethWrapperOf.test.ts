import { describe, expect, it } from 'vitest'
import { ethWrapperOf } from './ethWrapperOf.ts'
import type { ChainCatalogue, TokenInfo } from './types.ts'

const WETH: TokenInfo = {
  address: '0x82aF49447D8a07e3bd95BD0d56f35241523fBab1',
  symbol: 'WETH',
  name: 'Wrapped Ether',
  decimals: 18,
}
const WMATIC: TokenInfo = {
  address: '0x0d500B1d8E8eF31E21C99d1Db9A6444d3ADf1270',
  symbol: 'WMATIC',
  name: 'Wrapped Matic',
  decimals: 18,
}
const catalogue = (wrappedNative: TokenInfo, tokens: TokenInfo[]) =>
  ({ anchors: { wrappedNative: wrappedNative.address.toLowerCase() }, tokens }) as unknown as ChainCatalogue

describe('#ethWrapperOf', () => {
  it('is the wrapped native token when it is WETH (checksummed from the token list)', () => {
    expect(ethWrapperOf(catalogue(WETH, [WMATIC, WETH]))).toBe(WETH.address)
  })

  it('is undefined when the native coin is not ETH (Polygon) or the token has no metadata', () => {
    expect(ethWrapperOf(catalogue(WMATIC, [WMATIC, WETH]))).toBeUndefined()
    expect(ethWrapperOf(catalogue(WETH, [WMATIC]))).toBeUndefined()
  })
})
