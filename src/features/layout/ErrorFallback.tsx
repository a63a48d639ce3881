import { Link } from 'wouter'
import { Button } from '../../ui/Button.tsx'
import { FOCUS_RING } from '../../ui/focusRing.ts'

const HOME_LINK_CLASSES = `inline-flex h-10 items-center rounded-lg bg-teal-700 px-4 text-sm font-medium text-white hover:bg-teal-800 dark:bg-teal-500 dark:text-slate-950 ${FOCUS_RING}`

export interface ErrorFallbackProps {
  error: Error
  /** Where the error was caught: a page, or the whole app. */
  scope: 'page' | 'app'
}

/**
 * What replaces a crashed page (or app): what happened, and two ways out.
 */
export function ErrorFallback({ error, scope }: ErrorFallbackProps) {
  return (
    <div
      role="alert"
      data-testid="error-fallback"
      className="mx-auto my-10 flex max-w-lg flex-col gap-4 p-4 text-center"
    >
      <h1 className="text-xl font-semibold">
        {scope === 'page' ? 'This page hit an error' : 'Poolscope hit an error'}
      </h1>
      <p className="text-sm text-slate-600 dark:text-slate-300">
        Nothing was sent to any wallet. You can go back to your positions or reload.
      </p>
      <pre className="overflow-x-auto rounded-lg bg-slate-100 p-3 text-left text-xs whitespace-pre-wrap text-slate-700 dark:bg-slate-800 dark:text-slate-200">
        {error.message}
      </pre>
      <div className="flex flex-wrap justify-center gap-3">
        {scope === 'page' ? (
          // In-app navigation: the route boundary resets and the rest of the app keeps its state.
          <Link href="/" className={HOME_LINK_CLASSES}>
            Back to Positions
          </Link>
        ) : (
          // The router itself may be what broke: a full page load is the safe way home.
          <a href="/" className={HOME_LINK_CLASSES}>
            Back to Positions
          </a>
        )}
        <Button variant="secondary" onClick={() => window.location.reload()}>
          Reload
        </Button>
      </div>
    </div>
  )
}
