import { Banner } from '../../ui/Banner.tsx'
import { Button } from '../../ui/Button.tsx'
import { ButtonLink } from '../layout/ButtonLink.tsx'
import { useAlerts } from './AlertsContext.ts'

/** Most alerts shown at once; the rest are counted. */
const SHOWN = 3

/** The in-app list of alerts fired since the tab opened: one line each, with a link to the position. */
export function AlertBanners() {
  const { fired, dismiss, dismissAll } = useAlerts()
  if (fired.length === 0) return null
  return (
    <section aria-label="Position alerts" className="mb-4 flex flex-col gap-2" data-testid="alerts-fired">
      {fired.slice(0, SHOWN).map((alert) => (
        <Banner
          key={`${alert.ruleId}:${alert.kind}:${alert.blockNumber}`}
          tone="warning"
          title={alert.title}
          data-testid="alert-fired"
          data-kind={alert.kind}
          data-block={alert.blockNumber.toString()}
          actions={
            <>
              <ButtonLink href={alert.href} variant="secondary">
                View position
              </ButtonLink>
              <Button size="sm" variant="secondary" onClick={() => dismiss(alert)}>
                Dismiss
              </Button>
            </>
          }
        >
          {alert.body}
        </Banner>
      ))}
      {fired.length > SHOWN && (
        <p className="text-sm">
          {fired.length - SHOWN} more alert{fired.length - SHOWN === 1 ? '' : 's'}.{' '}
          <Button size="sm" variant="secondary" onClick={dismissAll}>
            Dismiss all
          </Button>
        </p>
      )}
    </section>
  )
}
