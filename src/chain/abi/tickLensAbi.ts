// generated — do not edit (scripts/generate-abis.ts, `npm run generate:abis`)

/** TickLens, @uniswap/v3-periphery@1.4.4 `artifacts/contracts/lens/TickLens.sol/TickLens.json`. */
export const tickLensAbi = [
  {
    inputs: [
      { name: 'pool', type: 'address' },
      { name: 'tickBitmapIndex', type: 'int16' },
    ],
    name: 'getPopulatedTicksInWord',
    outputs: [
      {
        components: [
          { name: 'tick', type: 'int24' },
          { name: 'liquidityNet', type: 'int128' },
          { name: 'liquidityGross', type: 'uint128' },
        ],
        name: 'populatedTicks',
        type: 'tuple[]',
      },
    ],
    stateMutability: 'view',
    type: 'function',
  },
] as const
