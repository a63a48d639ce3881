import v2PairBuild from '@uniswap/v2-core/build/UniswapV2Pair.json' with { type: 'json' }
import { getAddress, getCreate2Address, type Hex, keccak256 } from 'viem'
import { describe, expect, it } from 'vitest'
import { ETHEREUM_UNI_FARMS } from './ethereumFarms.ts'
import { publicCatalogueCores, publicTokensByChainId } from './publicCatalogues.ts'
import { publicUniswapContracts } from './uniswapContracts.ts'

/** keccak256 of the npm build of UniswapV2Pair's creation code (the V2 factory's CREATE2 init code). */
const V2_PAIR_INIT_CODE_HASH = keccak256(`0x${v2PairBuild.bytecode.replace(/^0x/, '')}` as Hex)

describe('ETHEREUM_UNI_FARMS', () => {
  const mainnet = publicTokensByChainId[1] ?? {}
  const weth = mainnet.WETH as Hex

  it('stakes the WETH pair of USDT, USDC, DAI and WBTC at the canonical V2 factory, for UNI', () => {
    const others = ['USDT', 'USDC', 'DAI', 'WBTC'].map((symbol) => mainnet[symbol] as Hex)
    expect(ETHEREUM_UNI_FARMS).toHaveLength(4)
    ETHEREUM_UNI_FARMS.forEach((farm, index) => {
      const other = others[index] as Hex
      const [token0, token1] = BigInt(weth) < BigInt(other) ? [weth, other] : [other, weth]
      const pair = getCreate2Address({
        from: publicUniswapContracts[1].v2Factory,
        salt: keccak256(`0x${token0.slice(2)}${token1.slice(2)}`),
        bytecodeHash: V2_PAIR_INIT_CODE_HASH,
      })
      expect(getAddress(farm.stakingToken)).toBe(pair)
      expect(getAddress(farm.rewardsToken)).toBe('0x1f9840a85d5aF5bf1D1762F925BDADdC4201F984')
    })
  })

  it('is listed in the Ethereum catalogue only', () => {
    expect(publicCatalogueCores[1]?.stakingRewards).toEqual(ETHEREUM_UNI_FARMS)
    for (const chainId of [42161, 10, 8453, 137])
      expect(publicCatalogueCores[chainId]?.stakingRewards).toEqual([])
  })
})
