import type { PositionsSnapshot, PositionViewOk, TokenAmount, TokenMeta } from './model.ts'

/**
 * A snapshot shaped like the devnet's demo book (figures copied from a real load at block 800), plus the
 * cases the page must survive: an HTML-like symbol, a token with no price, a closed and an unavailable
 * position. Tests only; no RPC.
 */
const meta = (address: `0x${string}`, symbol: string, decimals: number, name = symbol): TokenMeta => ({
  address,
  symbol,
  displaySymbol: symbol.length > 12 ? `${symbol.slice(0, 12)}…` : symbol,
  name,
  decimals,
  unusualDecimals: decimals > 36,
  metadataOk: true,
})

export const WETH = meta('0x700b6A60ce7EaaEA56F065753d8dcB9653dbAD35', 'WETH', 18, 'Wrapped Ether')
export const USDC = meta('0xA15BB66138824a1c7167f5E85b957d04Dd34E468', 'USDC', 6, 'USD Coin (Devnet)')
export const FARM = meta('0xe1Aa25618fA0c7A1CFDab5d6B456af611873b629', 'FARM', 18, 'Farm Reward')
export const HTML_TOKEN = meta(
  '0xF7cd8fa9b94DB2Aa972023b379c7f72c65E4De9D',
  '<img src=x onerror=alert(1)>',
  18,
)
export const NOPRICE = meta('0x1111111111111111111111111111111111111111', 'NOPRICE', 18, 'Unpriced Token')

const amount = (token: TokenMeta, amountWei: bigint, valueUsd: number | null): TokenAmount => ({
  token,
  amountWei,
  valueUsd,
})

export const stakedV3: PositionViewOk = {
  id: 'v3:40',
  protocol: 'v3',
  location: 'v3-staker',
  blockNumber: 800n,
  status: 'ok',
  token0: WETH,
  token1: USDC,
  amount0: amount(WETH, 4204972892694728599n, 12470.371595083341),
  amount1: amount(USDC, 35625586009n, 35625.586009),
  owed0: amount(WETH, 71304992934632867n, 211.46385034359315),
  owed1: amount(USDC, 252608556n, 252.608556),
  uncollectedFees0: amount(WETH, 71304992934632867n, 211.46385034359315),
  uncollectedFees1: amount(USDC, 252608556n, 252.608556),
  withdrawnUncollected0: amount(WETH, 0n, 0),
  withdrawnUncollected1: amount(USDC, 0n, 0),
  pendingRewards: [
    {
      source: '0xab23e5996cbc4c12477370271a51f3d860f07a2459c89923a3fbb27f84fb9bab',
      reward: amount(FARM, 1184979303783472090945n, 622.5286310438981),
      endTime: 1772431200,
      aprFraction: null,
    },
  ],
  valueUsd: 49182.55864147083,
  v3: {
    tokenId: 40n,
    pool: '0x08E3E4bEc747072695f73AA436Cf994AA8B4e365',
    fee: 3000,
    tickLower: -198660,
    tickUpper: -195600,
    tickCurrent: -196372,
    sqrtPriceX96: 4314571604749800451507346n,
    liquidity: 6051059611951735n,
    poolLiquidity: 1050711793616710017n,
    range: {
      lowerPrice0In1: 2359.05017719028,
      currentPrice0In1: 2965.505869321946,
      upperPrice0In1: 3203.4993902347164,
      lowerPrice1In0: 0.00031215863597424667,
      currentPrice1In0: 0.00033721059544847466,
      upperPrice1In0: 0.00042389941921075995,
    },
    inRange: true,
    distanceToLowerPct: -20.4503285056836,
    distanceToUpperPct: 8.025393689987425,
    shareOfActiveLiquidity: 0.005759009890926479,
    closed: false,
  },
  v2: null,
  versusHolding: {
    events: [
      {
        kind: 'deposit',
        blockNumber: 348n,
        timestamp: 1767506978,
        transactionHash: '0xd95a48f37f944287c75e099e08a42ae6485137b0ca230521d20877b85aa7b0ce',
        amount0Wei: 8507589999999999406n,
        amount1Wei: 23341311723n,
      },
    ],
    deposited0Wei: 8507589999999999406n,
    deposited1Wei: 23341311723n,
    openedTimestamp: 1767506978,
    collectedFees0Wei: 0n,
    collectedFees1Wei: 0n,
    withdrawnUncollected0Wei: 0n,
    withdrawnUncollected1Wei: 0n,
    uncollectedFees0Wei: 71304992934632867n,
    uncollectedFees1Wei: 252608556n,
    valuationBasis: { poolPrice0In1: 2965.505869321946, usdVia: 'token1', usdPerWholeToken: 1 },
    holdValueUsd: 48571.63101065329,
    impermanentLossUsd: -475.6734065699493,
    impermanentLossFraction: -0.009793235200720748,
    lifetimeFeesUsd: 464.0724063435931,
    claimedRewards: [],
    rewardsUsd: 622.5286310438981,
    netPnlUsd: 610.927630817542,
    realizedFeeApr: 0.12919323651087625,
    realizedFeeAprTooRecent: false,
  },
}

export const farmV2: PositionViewOk = {
  id: 'v2:0x44c61fc055aae5b0d066589412514a5f49c77d13:farm',
  protocol: 'v2',
  location: 'farm',
  blockNumber: 800n,
  status: 'ok',
  token0: WETH,
  token1: USDC,
  amount0: amount(WETH, 10280670583175683632n, 30488.610911516345),
  amount1: amount(USDC, 29796433954n, 29796.433954),
  owed0: amount(WETH, 0n, 0),
  owed1: amount(USDC, 0n, 0),
  uncollectedFees0: amount(WETH, 0n, 0),
  uncollectedFees1: amount(USDC, 0n, 0),
  withdrawnUncollected0: amount(WETH, 0n, 0),
  withdrawnUncollected1: amount(USDC, 0n, 0),
  pendingRewards: [
    {
      source: '0x04fc820176617A99AE134904935Bc854b2e51628',
      reward: amount(FARM, 6385891684032625200204n, 3354.826869433542),
      endTime: 1772431212,
      aprFraction: 0.31,
    },
  ],
  valueUsd: 63639.87173494989,
  v3: null,
  v2: {
    pair: '0x44C61Fc055Aae5B0d066589412514A5f49c77D13',
    lpBalanceWei: 552992672146174n,
    lpTotalSupplyWei: 46749531793927482n,
    reserve0Wei: 869119177340606754348n,
    reserve1Wei: 2518965271436n,
    shareOfPool: 0.011828838726851268,
    farm: '0x04fc820176617A99AE134904935Bc854b2e51628',
  },
  versusHolding: {
    events: [
      {
        kind: 'deposit',
        blockNumber: 329n,
        timestamp: 1767420136,
        transactionHash: '0x1f50fc0310e70a20970fc309f955a07d1f298afa796484abd908aaf1aea891d6',
        amount0Wei: 10337579979324840000n,
        amount1Wei: 29585712708n,
      },
    ],
    deposited0Wei: 10337579979324840000n,
    deposited1Wei: 29585712708n,
    openedTimestamp: 1767420136,
    collectedFees0Wei: 0n,
    collectedFees1Wei: 0n,
    withdrawnUncollected0Wei: 0n,
    withdrawnUncollected1Wei: 0n,
    uncollectedFees0Wei: 0n,
    uncollectedFees1Wei: 0n,
    valuationBasis: { poolPrice0In1: 2898.278033, usdVia: 'token1', usdPerWholeToken: 1 },
    holdValueUsd: 60243.095532045125,
    impermanentLossUsd: 41.949333471224236,
    impermanentLossFraction: 0.0006963342952539701,
    lifetimeFeesUsd: null,
    claimedRewards: [],
    rewardsUsd: 3354.826869433542,
    netPnlUsd: 3396.7762029047663,
    realizedFeeApr: null,
    realizedFeeAprTooRecent: false,
  },
}

/** WETH / HTML-like symbol: must render as text, truncated, with the full symbol in a title. */
export const htmlSymbolV3: PositionViewOk = {
  ...stakedV3,
  id: 'v3:34',
  location: 'wallet',
  token1: HTML_TOKEN,
  amount1: amount(HTML_TOKEN, 1234500000000000000000n, 12.2),
  owed1: amount(HTML_TOKEN, 0n, 0),
  uncollectedFees1: amount(HTML_TOKEN, 0n, 0),
  withdrawnUncollected1: amount(HTML_TOKEN, 0n, 0),
  pendingRewards: [],
  valueUsd: 47813.06409003724,
  v3: {
    ...(stakedV3.v3 as NonNullable<PositionViewOk['v3']>),
    tokenId: 34n,
    pool: '0x2222222222222222222222222222222222222222',
  },
}

/** A position in a token with no USD route: its value is null and shows "no price". */
export const noPriceV3: PositionViewOk = {
  ...stakedV3,
  id: 'v3:50',
  location: 'wallet',
  token1: NOPRICE,
  amount1: amount(NOPRICE, 5000000000000000000n, null),
  owed1: amount(NOPRICE, 10000000000000000n, null),
  uncollectedFees1: amount(NOPRICE, 10000000000000000n, null),
  withdrawnUncollected1: amount(NOPRICE, 0n, null),
  pendingRewards: [],
  valueUsd: null,
  v3: {
    ...(stakedV3.v3 as NonNullable<PositionViewOk['v3']>),
    tokenId: 50n,
    pool: '0x3333333333333333333333333333333333333333',
    inRange: false,
  },
  versusHolding: {
    ...(stakedV3.versusHolding as NonNullable<PositionViewOk['versusHolding']>),
    holdValueUsd: null,
    impermanentLossUsd: null,
    impermanentLossFraction: null,
    lifetimeFeesUsd: null,
    netPnlUsd: null,
    realizedFeeApr: null,
    realizedFeeAprTooRecent: false,
  },
}

export const closedV3: PositionViewOk = {
  ...stakedV3,
  id: 'v3:42',
  location: 'wallet',
  amount0: amount(WETH, 0n, 0),
  amount1: amount(USDC, 0n, 0),
  owed0: amount(WETH, 0n, 0),
  owed1: amount(USDC, 0n, 0),
  uncollectedFees0: amount(WETH, 0n, 0),
  uncollectedFees1: amount(USDC, 0n, 0),
  withdrawnUncollected0: amount(WETH, 0n, 0),
  withdrawnUncollected1: amount(USDC, 0n, 0),
  pendingRewards: [],
  valueUsd: 0,
  v3: {
    ...(stakedV3.v3 as NonNullable<PositionViewOk['v3']>),
    tokenId: 42n,
    liquidity: 0n,
    closed: true,
    shareOfActiveLiquidity: 0,
  },
}

export const positionsFixture: PositionsSnapshot = {
  chainId: 31337,
  account: '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266',
  blockNumber: 800n,
  blockTimestamp: 1769000000,
  positions: [
    stakedV3,
    farmV2,
    htmlSymbolV3,
    noPriceV3,
    closedV3,
    {
      id: 'v3:60',
      protocol: 'v3',
      location: 'wallet',
      blockNumber: 800n,
      status: 'unavailable',
      token0: WETH,
      token1: meta('0x4444444444444444444444444444444444444444', 'BROKEN', 18),
      reason: 'token 0x4444…4444 reverted on balanceOf()',
      v3: {
        tokenId: 60n,
        pool: '0x5555555555555555555555555555555555555555',
        fee: 500,
        tickLower: -100,
        tickUpper: 100,
      },
      v2: null,
    },
  ],
  totalValueUsd: 49182.55864147083 + 63639.87173494989 + 47813.06409003724,
  positionsWithoutPrice: 1,
  pricesUsd: {},
  stakerRewardsOwed: [],
}
