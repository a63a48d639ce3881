import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import type { Address, TransactionReceipt } from 'viem'
import { useConfig } from 'wagmi'
import {
  buildV2StakePlan,
  buildV3StakePlan,
  incentiveActive,
  mintedLpWei,
  mintedTokenId,
} from '../../../chain/write/plans/buildFarmPlan.ts'
import type { PoolChoice } from '../../../domain/catalogue/poolChoice.ts'
import { allowanceQueryOptions } from '../../../queries/allowanceQuery.ts'
import { Banner } from '../../../ui/Banner.tsx'
import { Button } from '../../../ui/Button.tsx'
import { Card } from '../../../ui/Card.tsx'
import { TxStepper } from '../../transactions/TxStepper.tsx'
import { useTxFlow } from '../../transactions/useTxFlow.ts'
import { useFinalStepSimulation } from '../data/useFinalStepSimulation.ts'

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
  const config = useConfig()
  const [skipAcknowledged, setSkipAcknowledged] = useState(false)
  const farmAddress = pool.protocol === 'v2' ? pool.farm?.address : undefined
  // The LP allowance the farm already has decides the approval steps (a reset to 0 when one remains).
  const lpAllowance = useQuery(
    allowanceQueryOptions(config, {
      chainId: props.chainId,
      token: pool.address,
      owner: account,
      spender: farmAddress,
      scope: receipt.transactionHash,
    }),
  )
  let requests = undefined as ReturnType<typeof buildV2StakePlan> | undefined
  let note = ''
  if (pool.protocol === 'v2' && pool.farm) {
    const lp = mintedLpWei(receipt, pool.address, account)
    if (lp > 0n && lpAllowance.data !== undefined)
      requests = buildV2StakePlan(pool.farm.address, pool.address, lp, lpAllowance.data)
    else if (lpAllowance.error) note = `Could not read the LP allowance: ${lpAllowance.error.message}`
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
  // The stake (or the staker deposit) is simulated before any approval is signed.
  const simulation = useFinalStepSimulation(props.chainId, account, requests)
  const canStake = simulation.status === 'ok' || (simulation.status === 'cannot-run' && skipAcknowledged)
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
          <div data-testid="stake-simulation" data-status={simulation.status}>
            {simulation.status === 'ok' && simulation.simulated?.ok ? (
              <p>
                Simulation of the exact {pool.protocol === 'v2' ? 'stake' : 'staker deposit'} succeeded
                {requests.length > 1 ? ' (with the approval applied)' : ''}. Estimated gas{' '}
                {simulation.simulated.estimatedGas.toString()}.
              </p>
            ) : simulation.status === 'failed' && simulation.simulated && !simulation.simulated.ok ? (
              <Banner tone="error" title="The simulation failed">
                {simulation.simulated.error.message}
              </Banner>
            ) : simulation.status === 'cannot-run' ? (
              <Banner tone="warning" title="Staking could not be simulated">
                <p>{simulation.cannotRunReason} It is simulated again right before you sign it.</p>
                <label className="mt-2 flex items-center gap-2">
                  <input
                    type="checkbox"
                    checked={skipAcknowledged}
                    onChange={(e) => setSkipAcknowledged(e.target.checked)}
                    data-testid="stake-skip-ack"
                  />
                  Continue without the simulation.
                </label>
                <Button size="sm" variant="secondary" onClick={simulation.retry}>
                  Retry the simulation
                </Button>
              </Banner>
            ) : (
              <p>Simulating the stake…</p>
            )}
          </div>
        )}
        {requests && flow.state.phase === 'idle' && (
          <Button
            onClick={() => requests && canStake && flow.start(requests)}
            disabled={!canStake}
            data-testid="stake-new"
          >
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
