import { Card } from '../../../ui/Card.tsx'
import { cx } from '../../../ui/cx.ts'
import type { Risk } from '../buildRisks.ts'

/** The risks of the planned position, each in the user's own numbers. */
export function RisksPanel({ risks }: { risks: Risk[] }) {
  return (
    <Card title="Risks" data-testid="sim-risks">
      <ul className="flex flex-col gap-2">
        {risks.map((risk) => (
          <li
            key={risk.id}
            data-testid={`sim-risk-${risk.id}`}
            data-level={risk.level}
            className={cx(
              'rounded-lg border-l-4 px-3 py-2 text-sm',
              risk.level === 'warning'
                ? 'border-amber-500 bg-amber-50 text-amber-950 dark:border-amber-400 dark:bg-amber-950/40 dark:text-amber-100'
                : 'border-slate-300 bg-slate-50 text-slate-800 dark:border-slate-600 dark:bg-slate-800/60 dark:text-slate-200',
            )}
          >
            <p className="font-semibold">
              {risk.level === 'warning' ? '⚠ ' : ''}
              {risk.title}
            </p>
            <p className="mt-0.5">{risk.detail}</p>
          </li>
        ))}
      </ul>
    </Card>
  )
}
