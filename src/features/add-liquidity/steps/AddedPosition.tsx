import type { TransactionReceipt } from 'viem'
import { Link } from 'wouter'
import { mintedTokenId } from '../../../chain/write/plans/buildFarmPlan.ts'
import type { PoolChoice } from '../../../domain/catalogue/poolChoice.ts'
import { cx } from '../../../ui/cx.ts'
import { FOCUS_RING } from '../../../ui/focusRing.ts'
import { formatFeeTier } from '../../../ui/format/formatFeeTier.ts'
import { formatSymbol } from '../../../ui/format/formatSymbol.ts'
import { positionHref } from '../../layout/positionHref.ts'

/**
 * The position an add created, named and linked to its page: "Position #1234 · WETH/USDC 0.3%" (the token id
 * from the mint receipt's IncreaseLiquidity event) or, after a V2 add, the pair's LP position.
 */
export function AddedPosition({
  chainId,
  pool,
  receipt,
}: {
  chainId: number
  pool: PoolChoice
  receipt: TransactionReceipt
}) {
  const pair = `${formatSymbol(pool.token0.symbol)}/${formatSymbol(pool.token1.symbol)}`
  let href: string
  let text: string
  if (pool.protocol === 'v3') {
    const tokenId = mintedTokenId(receipt)
    if (tokenId === undefined)
      return (
        <p className="text-sm" data-testid="added-position-unknown">
          The new position&apos;s id is not in the receipt: find it in your positions.
        </p>
      )
    href = positionHref(chainId, { v3: { tokenId }, v2: null })
    text = `Position #${tokenId} · ${pair} ${formatFeeTier(pool.fee)}`
  } else {
    href = positionHref(chainId, { v3: null, v2: { pair: pool.address } })
    text = `${pair} V2 LP position`
  }
  return (
    <p className="text-sm">
      New:{' '}
      <Link
        href={href}
        className={cx('font-medium text-teal-800 underline dark:text-teal-300', FOCUS_RING)}
        data-testid="added-position-link"
      >
        {text}
      </Link>
    </p>
  )
}
