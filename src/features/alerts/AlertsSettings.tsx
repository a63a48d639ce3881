import { Link } from 'wouter'
import { Button } from '../../ui/Button.tsx'
import { useAlerts } from './AlertsContext.ts'

/** Settings: what alerts can and cannot do, and the saved alerts with a Remove each. */
export function AlertsSettings() {
  const { store, rules } = useAlerts()
  return (
    <div className="flex flex-col gap-3 text-sm" data-testid="alerts-settings">
      <p>
        Alerts need a Poolscope tab open. Poolscope has no server: it checks your alerts on each new block
        while the app is open in this browser, and shows a browser notification when you have allowed them.
        Close every tab and nothing is checked. Set them on a position’s page.
      </p>
      {store.dropped > 0 && (
        <p className="text-amber-800 dark:text-amber-300" role="status">
          {store.dropped} saved alert{store.dropped === 1 ? '' : 's'} could not be read and{' '}
          {store.dropped === 1 ? 'was' : 'were'} skipped.
        </p>
      )}
      {rules.length === 0 ? (
        <p className="text-slate-600 dark:text-slate-400">No alerts set.</p>
      ) : (
        <ul className="flex flex-col gap-2">
          {rules.map((rule) => (
            <li
              key={rule.id}
              className="flex flex-wrap items-center justify-between gap-2"
              data-testid="alert-rule"
            >
              <span>
                <Link href={rule.href} className="font-medium underline">
                  {rule.label}
                </Link>{' '}
                (chain {rule.chainId}):{' '}
                {[
                  rule.leavesRange && 'leaves its range',
                  rule.nearBoundPercent !== null && `within ${rule.nearBoundPercent} % of a bound`,
                  rule.farmEndsAt !== null && 'its farm ends',
                ]
                  .filter(Boolean)
                  .join(', ')}
              </span>
              <Button size="sm" variant="secondary" onClick={() => store.removeRule(rule.id)}>
                Remove
              </Button>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
