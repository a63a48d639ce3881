import type { PositionAlertRule } from '../domain/alerts/alertRules.ts'

/** An alert rule on a made-up V3 position (ticks −600…600), everything but "leaves its range" off. */
export const ALERT_RULE_FIXTURE: PositionAlertRule = {
  id: '31337:v3:7',
  chainId: 31337,
  positionId: 'v3:7',
  label: 'WETH/USDC 0.3 % #7',
  href: '/positions/31337/7',
  pool: '0x00000000000000000000000000000000000000aa',
  tickLower: -600,
  tickUpper: 600,
  leavesRange: true,
  nearBoundPercent: null,
  farmEndsAt: null,
}
