import type { ReactNode } from 'react'

/** The page's h1 and a one-line description of what it is for. */
export function PageHeading({ title, description }: { title: ReactNode; description?: ReactNode }) {
  return (
    <div className="mb-6">
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{title}</h1>
      {description && (
        <p className="mt-1 max-w-prose text-sm text-slate-600 dark:text-slate-300">{description}</p>
      )}
    </div>
  )
}
