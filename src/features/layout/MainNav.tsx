import { Link, useLocation } from 'wouter'
import { cx } from '../../ui/cx.ts'
import { FOCUS_RING } from '../../ui/focusRing.ts'
import { isNavItemActive, NAV_ITEMS } from './navItems.ts'

/**
 * Primary navigation, inline in the header from the xl breakpoint up (narrower screens get NavMenu). It still
 * scrolls sideways rather than wrap if a translation ever makes it too long.
 */
export function MainNav({ className }: { className?: string }) {
  const [pathname] = useLocation()
  return (
    <nav aria-label="Main" className={className}>
      <ul className="flex gap-1 overflow-x-auto [scrollbar-width:none]">
        {NAV_ITEMS.map((item) => {
          const active = isNavItemActive(item.href, pathname)
          return (
            <li key={item.href} className="shrink-0">
              <Link
                href={item.href}
                aria-current={active ? 'page' : undefined}
                data-testid={item.testId}
                className={cx(
                  'inline-flex h-9 items-center rounded-lg px-3 text-sm font-medium whitespace-nowrap transition-colors',
                  FOCUS_RING,
                  active
                    ? 'bg-teal-50 text-teal-800 dark:bg-teal-950 dark:text-teal-200'
                    : 'text-slate-600 hover:bg-slate-100 hover:text-slate-900 dark:text-slate-300 dark:hover:bg-slate-800 dark:hover:text-white',
                )}
              >
                {item.label}
              </Link>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
