import { useEffect, useId, useRef, useState } from 'react'
import { Link, useLocation } from 'wouter'
import { cx } from '../../ui/cx.ts'
import { FOCUS_RING } from '../../ui/focusRing.ts'
import { isNavItemActive, NAV_ITEMS } from './navItems.ts'

/**
 * The primary navigation on phones: one "Menu" button in the header row that opens the page links
 * in a panel under it (the header stays one row at 390 px). Closes on a link, on Escape and on any
 * route change.
 */
export function NavMenu({ className }: { className?: string }) {
  const [pathname] = useLocation()
  const [open, setOpen] = useState(false)
  const panelId = useId()
  const buttonRef = useRef<HTMLButtonElement>(null)
  // biome-ignore lint/correctness/useExhaustiveDependencies: closes whenever the route changes
  useEffect(() => setOpen(false), [pathname])
  useEffect(() => {
    if (!open) return
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return
      setOpen(false)
      buttonRef.current?.focus()
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [open])
  const current = NAV_ITEMS.find((item) => isNavItemActive(item.href, pathname))
  return (
    <div className={className}>
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        data-testid="nav-menu-button"
        onClick={() => setOpen(!open)}
        className={cx(
          'inline-flex h-9 items-center gap-1.5 rounded-lg border border-slate-300 px-2.5 text-sm font-medium text-slate-700 hover:bg-slate-100 dark:border-slate-600 dark:text-slate-200 dark:hover:bg-slate-800',
          FOCUS_RING,
        )}
      >
        <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4" fill="currentColor">
          <path
            d={open ? 'M5 5l10 10M15 5L5 15' : 'M3 5h14M3 10h14M3 15h14'}
            stroke="currentColor"
            strokeWidth="2"
          />
        </svg>
        <span className="sr-only">Menu{current ? ` (current page: ${current.label})` : ''}</span>
      </button>
      {open && (
        <nav
          id={panelId}
          // Not "Main": MainNav is that landmark, and two landmarks of one name cannot be told apart.
          aria-label="Main menu"
          data-testid="nav-menu"
          className="absolute inset-x-0 top-full border-b border-slate-200 bg-white px-3 py-2 shadow-lg dark:border-slate-800 dark:bg-slate-950"
        >
          <ul className="flex flex-col gap-1">
            {NAV_ITEMS.map((item) => {
              const active = isNavItemActive(item.href, pathname)
              return (
                <li key={item.href}>
                  <Link
                    href={item.href}
                    aria-current={active ? 'page' : undefined}
                    data-testid={`${item.testId}-menu`}
                    onClick={() => setOpen(false)}
                    className={cx(
                      'flex h-11 items-center rounded-lg px-3 text-base font-medium',
                      FOCUS_RING,
                      active
                        ? 'bg-teal-50 text-teal-800 dark:bg-teal-950 dark:text-teal-200'
                        : 'text-slate-700 hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800',
                    )}
                  >
                    {item.label}
                  </Link>
                </li>
              )
            })}
          </ul>
        </nav>
      )}
    </div>
  )
}
