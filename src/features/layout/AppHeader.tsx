import { Link } from 'wouter'
import { FOCUS_RING } from '../../ui/focusRing.ts'
import { Logo } from '../../ui/Logo.tsx'
import { ChainSwitcher } from '../chain-status/ChainSwitcher.tsx'
import { ThemeToggle } from '../theme/ThemeToggle.tsx'
import { AccountButton } from '../wallet/AccountButton.tsx'
import { MainNav } from './MainNav.tsx'
import { NavMenu } from './NavMenu.tsx'

/** Brand, navigation (inline from xl up, where its seven items fit beside the controls; a menu below), network picker, theme toggle and account control: one row at every width. */
export function AppHeader() {
  return (
    <header className="sticky top-0 z-20 border-b border-slate-200 bg-white/90 backdrop-blur dark:border-slate-800 dark:bg-slate-950/90">
      <div className="relative mx-auto flex max-w-7xl items-center gap-x-4 px-3 py-2 sm:px-6">
        <Link
          href="/"
          aria-label="Poolscope home"
          className={`flex shrink-0 items-center gap-2 rounded-lg text-teal-700 dark:text-teal-400 ${FOCUS_RING}`}
        >
          <Logo className="size-7" />
          <span className="hidden text-lg font-bold tracking-tight text-slate-900 min-[400px]:inline dark:text-white">
            Poolscope
          </span>
        </Link>
        <MainNav className="hidden xl:block xl:flex-1" />
        <div className="ml-auto flex min-w-0 items-center gap-1.5 sm:gap-2">
          <ChainSwitcher />
          <ThemeToggle />
          <AccountButton />
          <NavMenu className="xl:hidden" />
        </div>
      </div>
    </header>
  )
}
