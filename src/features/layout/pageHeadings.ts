import { isNavItemActive } from './navItems.ts'

/** A page's h1 and its one-line description (PageHeading's props). */
export interface PageHeadingText {
  title: string
  description: string
}

/**
 * The headings of the main pages, in the initial chunk: the page skeleton shows the right one while
 * the page's own chunk loads, so the heading (often the largest text, the LCP) paints without waiting
 * for it, and the page renders the same text in the same place when it arrives.
 */
export const PAGE_HEADINGS = {
  positions: {
    title: 'Positions',
    description:
      'Your Uniswap V2 and V3 liquidity, staked and unstaked: value now, fees earned, rewards waiting, and how it compares with simply holding.',
  },
  pools: {
    title: 'Pools',
    description:
      'Choose where to provide liquidity: price, TVL, volume, fees and farm rewards of every pool, read from the chain.',
  },
  simulator: {
    title: 'Simulator',
    description:
      'Project what a position in a chosen range would earn (fees and liquidity-mining rewards) against what it would lose (impermanent loss, LVR), as distributions rather than promises.',
  },
  add: {
    title: 'Add liquidity',
    description:
      'A guided form: pick a pool and range, see the exact amounts, minimums and risks, then approve and deposit — every transaction simulated before you sign.',
  },
  ledger: {
    title: 'Ledger',
    description:
      'Every liquidity event of the address in chain order: exact amounts, USD at the time, gas, and CSV and Koinly exports that add up to the chain to the wei.',
  },
} as const satisfies Record<string, PageHeadingText>

const HEADING_PATHS: ReadonlyArray<readonly [string, PageHeadingText]> = [
  ['/', PAGE_HEADINGS.positions],
  ['/pools', PAGE_HEADINGS.pools],
  ['/simulator', PAGE_HEADINGS.simulator],
  ['/add', PAGE_HEADINGS.add],
  ['/ledger', PAGE_HEADINGS.ledger],
]

/** The heading of the page at `pathname`, if it is one of PAGE_HEADINGS' (undefined otherwise). */
export function pageHeadingAt(pathname: string): PageHeadingText | undefined {
  return HEADING_PATHS.find(([href]) => isNavItemActive(href, pathname))?.[1]
}
