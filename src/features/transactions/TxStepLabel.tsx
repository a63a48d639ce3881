import type { TxRequest } from '../../chain/write/txRequest.ts'
import { TokenAmountText } from '../../ui/TokenAmountText.tsx'

/**
 * A transaction step's words. An approve of a known token reads "Approve 1.5 WETH": the amount at reading
 * precision, every digit on hover and in `data-exact` (testid `tx-step-amount`); other steps show their label.
 */
export function TxStepLabel({ request }: { request: TxRequest }) {
  const { approval } = request
  if (!approval) return <>{request.label}</>
  const purpose = approval.purpose ? ` ${approval.purpose}` : ''
  if (approval.amountWei === 'unlimited')
    return (
      <>
        Approve <span data-testid="tx-step-amount">unlimited</span> {approval.symbol}
        {purpose}
      </>
    )
  return (
    <>
      Approve{' '}
      <TokenAmountText
        amountWei={approval.amountWei}
        decimals={approval.decimals}
        symbol={approval.symbol}
        testId="tx-step-amount"
      />
      {purpose}
    </>
  )
}

/** The steps of a plan in order, "Approve 0.3 WETH → Approve 612.4 USDC → Add liquidity". */
export function TxStepLabels({ requests }: { requests: readonly TxRequest[] }) {
  return (
    <>
      {requests.map((request, index) => (
        <span key={`${request.kind}-${request.to}-${request.data.slice(0, 74)}`}>
          {index > 0 && ' → '}
          <TxStepLabel request={request} />
        </span>
      ))}
    </>
  )
}
