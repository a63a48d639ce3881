import { createPublicClient, http } from 'viem'
import { openFaultBrowser } from './faultBrowser.ts'
import type { FaultEnvironment } from './faultEnvironment.ts'
import { addLiquidityProbe } from './pageProbes.ts'
import type { RpcFault } from './rpcFault.ts'
import type { RpcProxy } from './rpcProxy.ts'

export interface TxInFlightResult {
  /** Step statuses while the fault was on, after the transaction had been mined. */
  stepsDuringFault: string[]
  /** Stepper phase and step statuses once the fault stopped. */
  phaseAfter: string | null
  stepsAfter: string[]
  pageErrors: string[]
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * A deposit sent with the Dev wallet while the devnet does not automine; the fault goes on while
 * the transaction waits, the block is mined during the fault, then the fault stops: the stepper must
 * end confirmed without a reload. The devnet is reverted to its state before.
 */
export async function runTxInFlightScenario(
  env: FaultEnvironment,
  proxy: RpcProxy,
  fault: RpcFault,
  faultWindowMs = 4_000,
): Promise<TxInFlightResult> {
  const client = createPublicClient({ transport: http(env.rpcUrl), cacheTime: 0 })
  const rpc = (method: string, params: unknown[] = []) =>
    client.request({ method: method as never, params: params as never }) as Promise<unknown>
  const snapshotId = await rpc('evm_snapshot')
  await proxy.setFault(null)
  const session = await openFaultBrowser(env.chromiumPath, proxy.url)
  const { page } = session
  const stepStatuses = () =>
    page
      .locator('[data-testid="tx-step"]')
      .evaluateAll((steps) => steps.map((s) => s.getAttribute('data-status') ?? ''))
  try {
    await page.goto(`${env.appUrl}/add`)
    await page.getByTestId('account-button').click()
    await page.getByTestId('connector-poolscopeDevWallet').click()
    await page.locator('[data-testid="account-button"][data-account-source="wallet"]').waitFor()
    await addLiquidityProbe.prepare?.(page, env, 30_000)
    await rpc('evm_setAutomine', [false])
    await page.getByTestId('submit-add').click()
    await page.locator('[data-testid="tx-step"][data-status="pending"]').waitFor({ timeout: 30_000 })
    await proxy.setFault(fault)
    await rpc('evm_mine')
    await sleep(faultWindowMs)
    const stepsDuringFault = await stepStatuses()
    await proxy.setFault(null)
    await rpc('evm_setAutomine', [true])
    await rpc('evm_mine')
    await page
      .locator('[data-testid="tx-stepper"][data-phase="done"]')
      .waitFor({ timeout: 30_000 })
      .catch(() => undefined)
    return {
      stepsDuringFault,
      phaseAfter: await page.getByTestId('tx-stepper').getAttribute('data-phase'),
      stepsAfter: await stepStatuses(),
      pageErrors: [...session.pageErrors],
    }
  } finally {
    await proxy.setFault(null)
    await session.close()
    await rpc('evm_setAutomine', [true])
    await rpc('evm_revert', [snapshotId])
  }
}
