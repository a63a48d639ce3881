import type { FiredAlert } from '../../domain/alerts/alertRules.ts'

/** What the browser lets the app do with notifications: 'unsupported' where the API is missing. */
export type NotificationAccess = NotificationPermission | 'unsupported'

export function notificationAccess(): NotificationAccess {
  return typeof window === 'undefined' || !('Notification' in window)
    ? 'unsupported'
    : Notification.permission
}

/** Asks the browser for permission (from a click); resolves to what it answered. */
export async function requestNotificationAccess(): Promise<NotificationAccess> {
  if (notificationAccess() === 'unsupported') return 'unsupported'
  try {
    return await Notification.requestPermission()
  } catch {
    return notificationAccess()
  }
}

/**
 * Shows a system notification for an alert when the user allowed them; a click focuses the tab and
 * opens the position. Without permission the in-app list still has it.
 */
export function showNotification(alert: FiredAlert, open: (href: string) => void): boolean {
  if (notificationAccess() !== 'granted') return false
  try {
    const notification = new Notification(alert.title, {
      body: alert.body,
      tag: `${alert.ruleId}:${alert.kind}`,
    })
    notification.onclick = () => {
      window.focus()
      open(alert.href)
      notification.close()
    }
    return true
  } catch {
    // Some browsers only allow notifications from a service worker: the in-app list still has it.
    return false
  }
}
