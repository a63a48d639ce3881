import { useQuery } from '@tanstack/react-query'
import { useChainId, useConfig } from 'wagmi'
import type { PoolChoice } from '../../../domain/catalogue/poolChoice.ts'
import type { PoolRow } from '../../../domain/pools/poolsListTypes.ts'
import { poolsListQueryOptions } from '../../../queries/poolsListQuery.ts'
import { formatFeeTier } from '../../../ui/format/formatFeeTier.ts'
import { formatPercent } from '../../../ui/format/formatPercent.ts'
import { formatSymbol } from '../../../ui/format/formatSymbol.ts'
import { formatUsd } from '../../../ui/format/formatUsd.ts'

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase()
const pairKey = (pool: PoolChoice) =>
  [pool.token0.address, pool.token1.address].map((a) => a.toLowerCase()).join('-')

/**
 * Every protocol and fee tier of the chosen pair (or of every listed pool) with TVL, volume, fee APR and
 * reward APR from the pools list, so the choice is informed. A row click selects that pool.
 */
export function PoolChoiceTable(props: {
  choices: readonly PoolChoice[]
  selected: string
  onSelect: (address: string) => void
}) {
  const list = useQuery(poolsListQueryOptions(useConfig(), useChainId()))
  const selected = props.choices.find((choice) => same(choice.address, props.selected))
  const shown = selected ? props.choices.filter((c) => pairKey(c) === pairKey(selected)) : props.choices
  const rowOf = (choice: PoolChoice): PoolRow | undefined =>
    list.data?.rows.find((row) => same(row.address, choice.address))
  const cell = (value: number | null | undefined, format: (n: number) => string) =>
    list.isPending ? '…' : value === null || value === undefined ? 'n/a' : format(value)
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm" data-testid="pool-choice-table">
        <caption className="text-left text-xs text-slate-600 dark:text-slate-400">
          {selected ? 'Fee tiers and protocols of this pair' : 'Listed pools'} · volume and fee APR over the
          last 7 days (or the chain's history if shorter){list.error ? ' · pool figures unavailable' : ''}
        </caption>
        <thead>
          <tr>
            <th scope="col">Pool</th>
            <th scope="col">TVL</th>
            <th scope="col">Volume 7 d</th>
            <th scope="col">Fee APR</th>
            <th scope="col">Reward APR</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((choice) => {
            const row = rowOf(choice)
            const isSelected = selected !== undefined && same(choice.address, selected.address)
            return (
              <tr
                key={choice.address}
                data-testid="pool-choice-row"
                data-pool={choice.address}
                aria-selected={isSelected}
                className={isSelected ? 'bg-slate-100 dark:bg-slate-800' : undefined}
              >
                <td>
                  <button
                    type="button"
                    className="underline-offset-2 hover:underline"
                    onClick={() => props.onSelect(choice.address)}
                  >
                    {formatSymbol(choice.token0.symbol)}/{formatSymbol(choice.token1.symbol)}{' '}
                    {choice.protocol.toUpperCase()} {formatFeeTier(choice.fee)}
                  </button>
                </td>
                <td data-testid="pool-choice-tvl">{cell(row?.tvlUsd, formatUsd)}</td>
                <td>{cell(row?.volumeUsd7d, formatUsd)}</td>
                <td data-testid="pool-choice-fee-apr">{cell(row?.feeApr, (n) => formatPercent(n))}</td>
                <td data-testid="pool-choice-reward-apr">
                  {list.isPending
                    ? '…'
                    : row?.farm
                      ? row.farm.active
                        ? cell(row.farm.rewardApr, (n) => formatPercent(n))
                        : 'ended'
                      : 'no farm'}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
