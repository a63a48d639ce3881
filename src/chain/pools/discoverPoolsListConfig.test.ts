import {
  type Address,
  createClient,
  custom,
  decodeFunctionData,
  encodeFunctionResult,
  type Hex,
  multicall3Abi,
  parseAbi,
  zeroAddress,
} from 'viem'
import { arbitrum, mainnet } from 'viem/chains'
import { describe, expect, it } from 'vitest'
import { ETHEREUM_UNI_FARMS } from '../catalogue/ethereumFarms.ts'
import { loadCatalogue } from '../catalogue/getCatalogue.ts'
import { publicUniswapContracts } from '../catalogue/uniswapContracts.ts'
import { discoverPoolsListConfig } from './discoverPoolsListConfig.ts'

const factoryAbi = parseAbi([
  'function getPool(address tokenA, address tokenB, uint24 fee) view returns (address)',
  'function getPair(address tokenA, address tokenB) view returns (address)',
])
const USDC = '0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48'
const WETH = '0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2'
const POOL_005: Address = '0x88e6A0c2dDD26FEEb64F039a2c41296FcB3f5640'
const POOL_03: Address = '0x8ad599c3A0ff1De082011EFDDc58f1908eb6e6D8'
const PAIR: Address = '0xB4e16d0168e52d35CaCD2c6185b44281Ec28C9Dc'

/** A mainnet-like node whose factories know only USDC/WETH: 0.05 %, 0.3 % and the V2 pair. */
function mockedClient() {
  const requests: { method: string; params: unknown }[] = []
  const contracts = publicUniswapContracts[mainnet.id]
  const answer = (target: Address, callData: Hex): Hex => {
    const decoded = decodeFunctionData({ abi: factoryAbi, data: callData })
    const [a, b] = decoded.args.slice(0, 2).map((x) => (x as string).toLowerCase())
    const isUsdcWeth = a === USDC.toLowerCase() && b === WETH.toLowerCase()
    let pool: Address = zeroAddress
    if (decoded.functionName === 'getPool' && target === contracts?.v3Factory && isUsdcWeth)
      pool = decoded.args[2] === 500 ? POOL_005 : decoded.args[2] === 3000 ? POOL_03 : zeroAddress
    if (decoded.functionName === 'getPair' && target === contracts?.v2Factory && isUsdcWeth) pool = PAIR
    return encodeFunctionResult({ abi: factoryAbi, functionName: decoded.functionName, result: pool })
  }
  const client = createClient({
    chain: mainnet,
    transport: custom({
      async request({ method, params }) {
        requests.push({ method, params })
        if (method !== 'eth_call') throw new Error(`unexpected ${method}`)
        const [{ to, data }] = params as [{ to: Address; data: Hex }]
        expect(to).toBe(contracts?.multicall3)
        const { args } = decodeFunctionData({ abi: multicall3Abi, data })
        const calls = args[0] as readonly { target: Address; callData: Hex }[]
        return encodeFunctionResult({
          abi: multicall3Abi,
          functionName: 'aggregate3',
          result: calls.map((c) => ({ success: true, returnData: answer(c.target, c.callData) })),
        })
      },
    }),
  })
  return { client, requests }
}

describe('#discoverPoolsListConfig (mainnet, mocked node)', () => {
  it('finds every fee tier and the V2 pair of the main pairs in ONE request', async () => {
    const catalogue = await loadCatalogue(mainnet.id)
    if (!catalogue) throw new Error('mainnet has no catalogue')
    const { client, requests } = mockedClient()
    const config = await discoverPoolsListConfig(client, catalogue)

    expect(requests).toHaveLength(1)
    // 9 main pairs × (4 fee tiers + V2) = 45 factory calls in that one eth_call.
    const [request] = requests
    if (!request) throw new Error('no request')
    const { args } = decodeFunctionData({
      abi: multicall3Abi,
      data: (request.params as [{ data: Hex }])[0].data,
    })
    expect(args[0]).toHaveLength(45)

    // USDC (0xA0…) sorts below WETH (0xC0…): USDC is token0, as in the real pool.
    expect(config.v3Pools).toEqual([
      { address: POOL_005, token0: USDC, token1: WETH, fee: 500, tickSpacing: 10 },
      { address: POOL_03, token0: USDC, token1: WETH, fee: 3000, tickSpacing: 60 },
    ])
    expect(config.v2Pairs).toEqual([{ address: PAIR, token0: USDC, token1: WETH }])
    expect(config.chainId).toBe(1)
    expect(config.usdToken).toBe(USDC)
    // The main pairs' tokens, and UNI: the reward token of Ethereum's 2020 farms, which the catalogue lists.
    expect(config.tokens.map((t) => t.symbol)).toEqual(['WETH', 'USDC', 'USDT', 'WBTC', 'DAI', 'UNI'])
    // Only the farm whose staking pair was found (the mocked node knows only the USDC/WETH pair).
    expect(config.stakingRewards).toEqual(ETHEREUM_UNI_FARMS.filter((farm) => farm.stakingToken === PAIR))
    expect(config.v3Incentives).toEqual([])
  })

  it('refuses a catalogue whose pools list is not discovered through the factories (no request)', async () => {
    const catalogue = await loadCatalogue(arbitrum.id)
    if (!catalogue) throw new Error('arbitrum has no catalogue')
    const { client, requests } = mockedClient()
    await expect(
      discoverPoolsListConfig(client, { ...catalogue, poolsList: { from: 'none' } }),
    ).rejects.toThrow(/no pools to discover/)
    expect(requests).toHaveLength(0)
  })

  it('a chain where none of the main pairs has a pool gives an empty list after one request', async () => {
    // The mocked factories know only mainnet's USDC/WETH: every Arbitrum lookup answers address(0).
    const catalogue = await loadCatalogue(arbitrum.id)
    if (!catalogue) throw new Error('arbitrum has no catalogue')
    const { client, requests } = mockedClient()
    const config = await discoverPoolsListConfig(client, catalogue)
    expect(requests).toHaveLength(1)
    expect([config.v3Pools, config.v2Pairs]).toEqual([[], []])
  })
})
