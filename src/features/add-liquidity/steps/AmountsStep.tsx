import { formatUnits } from 'viem'
import type { AddPlan } from '../../../chain/write/plans/buildAddPlan.ts'
import type { PoolLiveState } from '../../../domain/actions/poolLiveState.ts'
import type { AddLiquidityForm } from '../../../domain/actions/types.ts'
import type { PoolChoice } from '../../../domain/catalogue/poolChoice.ts'
import { Button } from '../../../ui/Button.tsx'
import { Card } from '../../../ui/Card.tsx'
import { Field } from '../../../ui/Field.tsx'
import { formatTokenAmount } from '../../../ui/format/formatTokenAmount.ts'

/** Step 4: type either side; the other is computed exactly. Balances with Max; ETH or WETH. */
export function AmountsStep(props: {
  pool: PoolChoice
  live: PoolLiveState | undefined
  form: AddLiquidityForm
  plan: AddPlan | undefined
  nativeSide: 'token0' | 'token1' | undefined
  canUseNative: boolean
  onChange: (patch: Partial<AddLiquidityForm>) => void
}) {
  const { pool, live, form, plan, nativeSide } = props
  const sides = ['token0', 'token1'] as const
  return (
    <Card title="3. Amounts">
      <div className="flex flex-col gap-3">
        {sides.map((side) => {
          const token = side === 'token0' ? pool.token0 : pool.token1
          const isNative = nativeSide === side
          const symbol = isNative ? 'ETH' : token.symbol
          const balance = live
            ? isNative
              ? live.ethBalanceWei
              : side === 'token0'
                ? live.balance0Wei
                : live.balance1Wei
            : undefined
          const value =
            form.independent === side
              ? form.amountText
              : plan && 'dependentText' in plan
                ? (plan.dependentText ?? '')
                : ''
          return (
            <div key={side} className="flex items-end gap-2">
              <Field
                className="flex-1"
                label={`${symbol} amount`}
                inputMode="decimal"
                autoComplete="off"
                value={value}
                data-testid={`amount-${side}`}
                onChange={(event) => props.onChange({ independent: side, amountText: event.target.value })}
                hint={
                  balance !== undefined
                    ? `Balance: ${formatTokenAmount(balance, token.decimals).display} ${symbol}`
                    : undefined
                }
              />
              <Button
                size="sm"
                variant="secondary"
                className="mb-6"
                disabled={balance === undefined}
                data-testid={`max-${side}`}
                onClick={() =>
                  balance !== undefined &&
                  props.onChange({ independent: side, amountText: formatUnits(balance, token.decimals) })
                }
              >
                Max
              </Button>
            </div>
          )
        })}
        {props.canUseNative && (
          <label className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              checked={form.useNative}
              onChange={(e) => props.onChange({ useNative: e.target.checked })}
              data-testid="use-native"
            />
            Pay the WETH side in ETH (wrapped in the same transaction; the unused part is refunded)
          </label>
        )}
        {plan &&
          !plan.ok &&
          (plan.field === 'amount' || plan.field === 'balance') &&
          form.amountText !== '' && (
            <p className="text-sm text-red-700 dark:text-red-400" role="alert" data-testid="amount-error">
              {plan.message}
            </p>
          )}
      </div>
    </Card>
  )
}
