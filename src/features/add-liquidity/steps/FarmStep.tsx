import type { Address, TransactionReceipt } from 'viem'
import { Button } from '../../../ui/Button.tsx'
import { Card } from '../../../ui/Card.tsx'
import { TxStepper } from '../../transactions/TxStepper.tsx'
import { useTxFlow } from '../../transactions/useTxFlow.ts'
import type { PoolChoice } from '../data/poolChoices.ts'
import {
  buildV2StakePlan,
  buildV3StakePlan,
  incentiveActive,
  mintedLpWei,
  mintedTokenId,
} from '../derive/buildFarmPlan.ts'

/** Step 6 (optional): stake what was just added in the pool's farm. */
export function FarmStep(props: {
  chainId: number
  account: Address
  pool: PoolChoice
  receipt: TransactionReceipt
  npm: Address
  staker: Address | undefined
  chainTime: bigint | undefined
}) {
  const { pool, receipt, account } = props
  const flow = useTxFlow({
    id: `farm-stake:${receipt.transactionHash}`, // one per deposit: a new deposit offers staking again
    label: 'Stake in the farm',
    chainId: props.chainId,
    account,
  })
  let requests = undefined as ReturnType<typeof buildV2StakePlan> | undefined
  let note = ''
  if (pool.protocol === 'v2' && pool.farm) {
    const lp = mintedLpWei(receipt, pool.address, account)
    if (lp > 0n) requests = buildV2StakePlan(pool.farm.address, pool.address, lp)
  } else if (pool.protocol === 'v3' && pool.incentive && props.staker) {
    const tokenId = mintedTokenId(receipt)
    if (props.chainTime !== undefined && !incentiveActive(pool.incentive, props.chainTime))
      note = 'The incentive is not active now: staking would fail.'
    else if (tokenId !== undefined)
      requests = buildV3StakePlan({
        npm: props.npm,
        staker: props.staker,
        owner: account,
        tokenId,
        incentive: pool.incentive,
      })
  }
  if (!requests && !note) return null
  return (
    <Card title="5. Farm (optional)">
      <div className="flex flex-col gap-3 text-sm" data-testid="farm-step">
        <p>
          {pool.protocol === 'v2'
            ? 'Stake the new LP tokens in the StakingRewards farm to earn rewards.'
            : 'Stake the new position in the active V3 staker incentive (deposit + stake in one transaction). It earns rewards only while in range.'}
        </p>
        {note && <p>{note}</p>}
        {requests && flow.state.phase === 'idle' && (
          <Button onClick={() => requests && flow.start(requests)} data-testid="stake-new">
            Stake now
          </Button>
        )}
        {flow.state.phase !== 'idle' && (
          <TxStepper
            state={flow.state}
            chainId={props.chainId}
            onContinue={flow.continue}
            onBackToReview={flow.reset}
          />
        )}
        {flow.state.phase === 'done' && <p data-testid="stake-done">Staked.</p>}
      </div>
    </Card>
  )
}
