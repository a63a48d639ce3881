/** The main navigation, in order. `testId` is what browser tests select on. */
export const NAV_ITEMS = [
  { href: '/', label: 'Positions', testId: 'nav-positions' },
  { href: '/portfolio', label: 'Portfolio', testId: 'nav-portfolio' },
  { href: '/pools', label: 'Pools', testId: 'nav-pools' },
  { href: '/simulator', label: 'Simulator', testId: 'nav-simulator' },
  { href: '/add', label: 'Add liquidity', testId: 'nav-add' },
  { href: '/ledger', label: 'Ledger', testId: 'nav-ledger' },
  { href: '/settings', label: 'Settings', testId: 'nav-settings' },
] as const

/** Whether `href` is the current page (`/` matches only itself). */
export function isNavItemActive(href: string, pathname: string): boolean {
  if (href === '/') return pathname === '/'
  return pathname === href || pathname.startsWith(`${href}/`)
}
