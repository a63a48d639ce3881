import { createPublicClient, http, type PublicClient } from 'viem'
import { type FaultBrowserSession, openFaultBrowser } from './faultBrowser.ts'
import type { FaultEnvironment } from './faultEnvironment.ts'
import {
  addLiquidityProbe,
  type FigureCheck,
  type PageProbe,
  poolsProbe,
  positionsProbe,
  type ShownFigures,
  simulatorProbe,
} from './pageProbes.ts'
import type { RpcFault } from './rpcFault.ts'
import { type RpcProxy, startRpcProxy } from './rpcProxy.ts'

export interface FaultCase {
  name: string
  fault: RpcFault
}

/** Every fault the proxy knows, each once, with short windows so a full run stays within minutes. */
export const FAULT_CASES: readonly FaultCase[] = [
  { name: 'latency 1.5 s', fault: { kind: 'latency', ms: 1_500 } },
  { name: 'HTTP 429', fault: { kind: 'http-status', status: 429 } },
  { name: 'HTTP 500 on half the requests', fault: { kind: 'http-status', status: 500, fraction: 0.5 } },
  { name: 'HTTP 503', fault: { kind: 'http-status', status: 503 } },
  { name: 'JSON-RPC error on eth_call', fault: { kind: 'rpc-error', code: -32005, methods: ['eth_call'] } },
  { name: 'truncated body', fault: { kind: 'truncated-body' } },
  { name: 'corrupted JSON', fault: { kind: 'corrupted-json' } },
  { name: 'dropped connection', fault: { kind: 'dropped-connection' } },
  { name: 'stale block', fault: { kind: 'stale-block' } },
  { name: 'chain id changes to 1', fault: { kind: 'chain-id', chainId: 1 } },
]

/** The positions page (the one with a chain oracle) gets every fault; the others a representative set. */
export const SCENARIO_PLAN: readonly { probe: PageProbe; faults: readonly FaultCase[] }[] = [
  { probe: positionsProbe, faults: FAULT_CASES },
  {
    probe: poolsProbe,
    faults: pick(
      'HTTP 503',
      'JSON-RPC error on eth_call',
      'corrupted JSON',
      'stale block',
      'chain id changes to 1',
    ),
  },
  { probe: simulatorProbe, faults: pick('HTTP 429', 'truncated body', 'chain id changes to 1') },
  {
    probe: addLiquidityProbe,
    faults: pick('dropped-connection', 'JSON-RPC error on eth_call', 'chain id changes to 1'),
  },
]

function pick(...names: string[]): FaultCase[] {
  return FAULT_CASES.filter((c) => names.includes(c.name) || names.includes(c.fault.kind))
}

export interface ScenarioResult {
  page: PageProbe['name']
  fault: string
  /** Figures compared with the truth, during the fault and after recovery. */
  checkedFigures: number
  wrongFigures: string[]
  /** Every healthy figure came back, unmarked and right, after the fault stopped, without a reload. */
  recovered: boolean
  recoveryMs: number
  pageErrors: string[]
  /** data-rpc-status of the RPC banner during the fault ('unreachable' | 'wrong-chain'), null without a banner. */
  rpcBannerDuringFault: string | null
  /** Figures not back (or not back right) when recovery timed out. */
  notRecovered?: string[]
  /** Requests or calls the fault hit: proof the fault reached the page. */
  faultedRequests: number
}

export interface ScenarioTiming {
  /** How long each fault is on, split in two halves (before and after a reload under the fault). */
  faultWindowMs: number
  /** How long the page gets to recover by itself. */
  recoveryTimeoutMs: number
}

const DEFAULT_TIMING: ScenarioTiming = { faultWindowMs: 4_000, recoveryTimeoutMs: 25_000 }
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

function sameFigures(a: ShownFigures, b: ShownFigures): boolean {
  if (a.values.size !== b.values.size) return false
  for (const [key, value] of a.values) if (b.values.get(key) !== value) return false
  return true
}

/** Reads until two reads 400 ms apart agree and show something: the page has settled. */
async function readSettled(
  probe: PageProbe,
  session: FaultBrowserSession,
  timeoutMs: number,
): Promise<ShownFigures> {
  const deadline = Date.now() + timeoutMs
  let previous = await probe.read(session.page)
  for (;;) {
    await sleep(400)
    const current = await probe.read(session.page)
    if (current.values.size > 0 && sameFigures(previous, current)) return current
    if (Date.now() > deadline) throw new Error(`${probe.name}: figures did not settle within ${timeoutMs} ms`)
    previous = current
  }
}

function addCheck(result: ScenarioResult, check: FigureCheck, phase: string) {
  result.checkedFigures += check.checked
  result.wrongFigures.push(...check.wrong.map((line) => `[${phase}] ${line}`))
}

/**
 * One page under one fault: healthy baseline → fault on (check) → reload under the fault (check)
 * → fault off → wait for the page to recover by itself (check that every figure is back and right).
 */
export async function runFaultScenario(
  env: FaultEnvironment,
  proxy: RpcProxy,
  session: FaultBrowserSession,
  probe: PageProbe,
  faultCase: FaultCase,
  timing: ScenarioTiming = DEFAULT_TIMING,
): Promise<ScenarioResult> {
  const client = createPublicClient({ transport: http(env.rpcUrl), cacheTime: 0 }) as PublicClient
  const result: ScenarioResult = {
    page: probe.name,
    fault: faultCase.name,
    checkedFigures: 0,
    wrongFigures: [],
    recovered: false,
    recoveryMs: 0,
    pageErrors: [],
    faultedRequests: 0,
    rpcBannerDuringFault: null,
  }
  const errorsBefore = session.pageErrors.length
  const { page } = session

  await proxy.setFault(null)
  await page.goto(`${env.appUrl}${probe.path(env)}`)
  await probe.prepare?.(page, env, 30_000)
  const baseline = await readSettled(probe, session, 30_000)
  const healthy = await probe.check(baseline, baseline, env, client)
  addCheck(result, healthy, 'healthy')

  const faultedBefore = proxy.stats.faulted
  await proxy.setFault(faultCase.fault)
  // A stale node is only visible when the chain moves on without it.
  if (faultCase.fault.kind === 'stale-block')
    await client.request({ method: 'evm_mine' as never, params: [] as never })
  await sleep(timing.faultWindowMs / 2)
  addCheck(result, await probe.check(await probe.read(page), baseline, env, client), 'fault, loaded before')
  const rpcBanner = () =>
    page.evaluate(
      () => document.querySelector('[data-testid="rpc-banner"]')?.getAttribute('data-rpc-status') ?? null,
    )
  result.rpcBannerDuringFault = await rpcBanner()
  await page.reload()
  await probe.prepare?.(page, env, timing.faultWindowMs / 2).catch(() => undefined)
  await sleep(timing.faultWindowMs / 2)
  addCheck(result, await probe.check(await probe.read(page), baseline, env, client), 'fault, loaded during')
  result.rpcBannerDuringFault ??= await rpcBanner()

  await proxy.setFault(null)
  result.faultedRequests = proxy.stats.faulted - faultedBefore
  const healedAt = Date.now()
  // The user carries on with the form where it stopped; nothing reloads.
  await probe.prepare?.(page, env, timing.recoveryTimeoutMs / 2).catch(() => undefined)
  const expectedKeys = [...baseline.values.keys()]
  let last: ShownFigures = { values: new Map() }
  do {
    last = await probe.read(page)
    if (expectedKeys.every((key) => last.values.has(key)) && last.values.size === baseline.values.size) {
      const settled = await probe.check(last, baseline, env, client)
      if (settled.wrong.length === 0 && settled.checked === healthy.checked) {
        result.recovered = true
        break
      }
    }
    await sleep(500)
  } while (Date.now() - healedAt < timing.recoveryTimeoutMs)
  result.recoveryMs = Date.now() - healedAt
  if (!result.recovered)
    result.notRecovered = expectedKeys
      .filter((key) => last.values.get(key) !== baseline.values.get(key))
      .map((key) => `${key}: "${last.values.get(key)}" (healthy: "${baseline.values.get(key)}")`)
  addCheck(result, await probe.check(last, baseline, env, client), 'recovered')
  result.pageErrors = session.pageErrors.slice(errorsBefore)
  return result
}

/** Runs the whole plan (or `only` some pages), one browser per page, through a proxy on env.proxyPort. */
export async function runFaultScenarios(
  env: FaultEnvironment,
  options: {
    only?: readonly PageProbe['name'][]
    timing?: ScenarioTiming
    log?: (line: string) => void
  } = {},
): Promise<ScenarioResult[]> {
  const proxy = await startRpcProxy({ upstream: env.rpcUrl, port: env.proxyPort })
  const results: ScenarioResult[] = []
  try {
    for (const { probe, faults } of SCENARIO_PLAN) {
      if (options.only && !options.only.includes(probe.name)) continue
      const session = await openFaultBrowser(env.chromiumPath, proxy.url)
      try {
        for (const faultCase of faults) {
          const result = await runFaultScenario(env, proxy, session, probe, faultCase, options.timing)
          options.log?.(
            `[faults] ${result.page} × ${result.fault}: ${result.checkedFigures} checked, ${result.wrongFigures.length} wrong, ` +
              `${result.recovered ? `recovered in ${result.recoveryMs} ms` : 'NOT recovered'}, ${result.pageErrors.length} page errors, ` +
              `${result.faultedRequests} requests faulted, RPC banner ${result.rpcBannerDuringFault ?? 'none'}`,
          )
          results.push(result)
        }
      } finally {
        await session.close()
      }
    }
  } finally {
    await proxy.close()
  }
  return results
}
