import { useQuery } from '@tanstack/react-query'
import { useChainId, useConfig } from 'wagmi'
import { Link } from 'wouter'
import type { PositionViewOk } from '../../../domain/positions/model.ts'
import { positionsQueryOptions } from '../../../queries/positionsQuery.ts'
import { v3IncentivesQueryOptions } from '../../../queries/v3IncentivesQuery.ts'
import { formatFeeTier } from '../../../ui/format/formatFeeTier.ts'
import { useLatestBlockNumber } from '../../chain-status/useChainHealth.ts'
import { positionHref } from '../../layout/positionHref.ts'
import { useActiveAccount } from '../../wallet/useActiveAccount.ts'

const LOCATION: Record<PositionViewOk['location'], string> = {
  wallet: 'in the wallet',
  'v3-staker': 'staked',
  farm: 'in the farm',
}

/**
 * The old Manage tab (`?tab=manage`): each position's actions now live on its own page, so this lists
 * the open positions as links to those pages.
 */
export function ManageLinks() {
  const chainId = useChainId()
  const account = useActiveAccount()
  const config = useConfig()
  const blockNumber = useLatestBlockNumber()
  const { data: incentives } = useQuery(
    v3IncentivesQueryOptions(config, { chainId, blockNumber, account: account.address }),
  )
  const { data: snapshot, error } = useQuery(
    positionsQueryOptions(config, {
      chainId,
      account: account.address,
      blockNumber,
      ...(incentives ? { incentives } : {}),
    }),
  )
  if (!account.address)
    return <p className="text-sm">Connect a wallet or watch an address to see its positions.</p>
  const open = (snapshot?.positions ?? []).filter(
    (p): p is PositionViewOk => p.status === 'ok' && !(p.v3?.closed ?? false),
  )
  return (
    <section className="flex flex-col gap-3 text-sm" data-testid="manage-links">
      <p>
        Each position has its own page with its figures and actions (increase, remove, collect, close, stake,
        claim). Open one:
      </p>
      {error ? (
        <p role="alert">Could not read the positions: {error.message}</p>
      ) : !snapshot ? (
        <p>Reading the positions…</p>
      ) : open.length === 0 ? (
        <p>No open position for this account.</p>
      ) : (
        <ul className="flex flex-col gap-2">
          {open.map((p) => (
            <li key={p.id}>
              <Link
                href={positionHref(chainId, p)}
                className="text-teal-800 underline underline-offset-2 dark:text-teal-300"
                data-testid="manage-link"
                data-position-id={p.id}
              >
                {p.protocol.toUpperCase()} {p.token0.displaySymbol}/{p.token1.displaySymbol}
                {p.v3 ? ` ${formatFeeTier(p.v3.fee)} #${p.v3.tokenId}` : ''} ({LOCATION[p.location]})
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
