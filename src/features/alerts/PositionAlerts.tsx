import { useId, useState } from 'react'
import { parseNearBoundPercent } from '../../domain/alerts/alertRules.ts'
import type { PositionViewOk } from '../../domain/positions/model.ts'
import { Button } from '../../ui/Button.tsx'
import { Field } from '../../ui/Field.tsx'
import { formatFeeTier } from '../../ui/format/formatFeeTier.ts'
import { positionHref } from '../layout/positionHref.ts'
import { useAlerts } from './AlertsContext.ts'
import { type NotificationAccess, notificationAccess, requestNotificationAccess } from './notify.ts'

const CHECKBOX = 'size-5 shrink-0 accent-teal-700'

const SIDE_TEXT = { below: 'below its range', in: 'in range', above: 'above its range' } as const

const ACCESS_TEXT: Record<NotificationAccess, string> = {
  granted: 'Browser notifications are on for Poolscope.',
  default: 'Browser notifications are off: alerts show in the app only until you allow them.',
  denied:
    'This browser blocks notifications from Poolscope: alerts show in the app only. Allow them in the site settings.',
  unsupported: 'This browser has no notifications: alerts show in the app only.',
}

/**
 * Opt-in alerts on one V3 position: leaving its range, coming within N % of a bound, and its farm
 * ending (when staked in a program with an end). Saved in this browser; checked on each new block while
 * a Poolscope tab is open.
 */
export function PositionAlerts({ position, chainId }: { position: PositionViewOk; chainId: number }) {
  const { store, rules, observed } = useAlerts()
  const v3 = position.v3
  const id = `${chainId}:${position.id}`
  const rule = rules.find((r) => r.id === id)
  const seen = observed.get(id)
  const [nearText, setNearText] = useState(rule?.nearBoundPercent?.toString() ?? '5')
  const [nearError, setNearError] = useState<string | null>(null)
  const [access, setAccess] = useState<NotificationAccess>(() => notificationAccess())
  const nearId = useId()
  if (!v3) return null
  const farmEnd = position.pendingRewards
    .map((reward) => reward.endTime)
    .filter((end): end is number => end !== null)
    .sort((a, b) => a - b)[0]
  const base = rule ?? {
    id,
    chainId,
    positionId: position.id,
    label: `${position.token0.displaySymbol}/${position.token1.displaySymbol} ${formatFeeTier(v3.fee)} #${v3.tokenId}`,
    href: positionHref(chainId, position),
    pool: v3.pool,
    tickLower: v3.tickLower,
    tickUpper: v3.tickUpper,
    leavesRange: false,
    nearBoundPercent: null,
    farmEndsAt: null,
  }
  const setNear = (on: boolean, text = nearText) => {
    if (!on) {
      setNearError(null)
      store.setRule({ ...base, nearBoundPercent: null })
      return
    }
    const parsed = parseNearBoundPercent(text)
    setNearError(parsed.ok ? null : parsed.message)
    if (parsed.ok) store.setRule({ ...base, nearBoundPercent: parsed.value })
  }
  return (
    <div className="flex flex-col gap-3 text-sm" data-testid="position-alerts">
      <label className="flex items-center gap-2">
        <input
          type="checkbox"
          className={CHECKBOX}
          checked={base.leavesRange}
          onChange={(event) => store.setRule({ ...base, leavesRange: event.target.checked })}
          data-testid="alert-leaves-range"
        />
        When it leaves its range
      </label>
      <div className="flex flex-wrap items-start gap-x-3 gap-y-2">
        <label className="flex items-center gap-2 pt-2" htmlFor={`${nearId}-on`}>
          <input
            id={`${nearId}-on`}
            type="checkbox"
            className={CHECKBOX}
            checked={base.nearBoundPercent !== null}
            onChange={(event) => setNear(event.target.checked)}
            data-testid="alert-near-bound"
          />
          When the price nears a bound
        </label>
        <Field
          label="Within (% of the price)"
          inputMode="decimal"
          className="w-44"
          value={nearText}
          error={nearError}
          onChange={(event) => {
            setNearText(event.target.value)
            if (base.nearBoundPercent !== null) setNear(true, event.target.value)
          }}
          data-testid="alert-near-percent"
        />
      </div>
      {farmEnd !== undefined && (
        <label className="flex items-center gap-2">
          <input
            type="checkbox"
            className={CHECKBOX}
            checked={base.farmEndsAt !== null}
            onChange={(event) =>
              store.setRule({ ...base, farmEndsAt: event.target.checked ? farmEnd : null })
            }
            data-testid="alert-farm-ends"
          />
          When its farm ends ({new Date(farmEnd * 1000).toISOString().slice(0, 16).replace('T', ' ')} UTC)
        </label>
      )}
      {rule && (
        <p data-testid="alerts-watching" data-block={seen?.blockNumber.toString()}>
          {seen
            ? `Watching: ${SIDE_TEXT[seen.side]} at block ${seen.blockNumber}.`
            : 'Watching from the next block.'}
        </p>
      )}
      <p className="text-slate-600 dark:text-slate-400" data-testid="alerts-access" data-access={access}>
        {ACCESS_TEXT[access]} Alerts are checked on each new block only while a Poolscope tab is open: there
        is no server to watch for you.
      </p>
      {access === 'default' && (
        <div>
          <Button
            size="sm"
            variant="secondary"
            onClick={async () => setAccess(await requestNotificationAccess())}
            data-testid="alerts-allow"
          >
            Allow browser notifications
          </Button>
        </div>
      )}
    </div>
  )
}
