import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { mnemonicToAccount } from 'viem/accounts'
import { afterEach, describe, expect, inject, it } from 'vitest'
import { type AppSession, openApp, revealCharts } from './harness.ts'

const DIST = 'dist'

/** Every text file of the build (JS, CSS, HTML, SVG), path relative to dist/. */
function distTextFiles(): { path: string; text: string }[] {
  const files: { path: string; text: string }[] = []
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (/\.(js|mjs|css|html|svg|json|txt|map)$/.test(entry.name))
        files.push({ path: relative(DIST, full), text: readFileSync(full, 'utf8') })
    }
  }
  walk(DIST)
  return files
}

/** anvil's well-known dev keys (from its public test mnemonic): the Dev wallet must sign through the node instead. */
function anvilDevPrivateKeys(): string[] {
  const mnemonic = 'test test test test test test test test test test test junk'
  return Array.from({ length: 10 }, (_, addressIndex) => {
    const key = mnemonicToAccount(mnemonic, { addressIndex }).getHdKey().privateKey
    if (!key) throw new Error('no private key derived')
    return Buffer.from(key).toString('hex')
  })
}

/**
 * 32-byte hex values that are public and may appear in the bundle: curve and protocol constants
 * shipped by viem/noble and the Uniswap SDK maths, plus every 32-byte value of the public devnet
 * deployments file (incentive ids, hashes).
 */
function knownPublicWords(): Set<string> {
  const words = new Set([
    'fffffffffffffffffffffffffffffffffffffffffffffffffffffffefffffc2f', // secp256k1 field prime p
    'fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141', // secp256k1 group order n
    '7ae96a2b657c07106e64479eac3434e99cf0497512f58995c1396c28719501ee', // secp256k1 endomorphism beta
    'e34f199b19b2b4f47f68442619d555527d244f78a3297ea89325f843f87b8b54', // Uniswap V3 POOL_INIT_CODE_HASH
    '96e8ac4277198ff8b6f785478aa9a39f403cb768dd02cbee326c3e7da348845f', // Uniswap V2 pair init-code hash
  ])
  const deployments = readFileSync('src/config/devnet.deployments.json', 'utf8')
  for (const match of deployments.matchAll(/0x([0-9a-f]{64})(?![0-9a-f])/gi))
    words.add(match[1]?.toLowerCase() ?? '')
  return words
}

/** A repeated short unit (ERC-6492 / ERC-8010 magic suffixes, all-ones masks): not a secret. */
function isRepeatingPattern(word: string): boolean {
  return [1, 2, 4, 8].some((unit) => word === word.slice(0, unit).repeat(64 / unit))
}

// Hosts of common analytics/ads/session-replay services, as domains (so e.g. an `onDoubleClick` prop does not match).
const TRACKER_HOSTS =
  /\b(google-analytics\.com|googletagmanager\.com|doubleclick\.net|segment\.(io|com)|mixpanel\.com|hotjar\.com|sentry\.io|plausible\.io|amplitude\.com|posthog\.com|fullstory\.com|intercom\.io|facebook\.net|clarity\.ms)\b/i

describe('the production bundle (dist/)', () => {
  const files = distTextFiles()
  const indexHtml = readFileSync(join(DIST, 'index.html'), 'utf8')

  it('has a CSP meta tag first in <head> and no inline scripts or external script/style hosts', () => {
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(indexHtml)
    expect(meta, 'CSP meta tag').not.toBeNull()
    const policy = (meta?.[1] ?? '').replaceAll('&#39;', "'")
    expect(policy).toMatch(/(^|; )script-src 'self'(;|$)/)
    expect(policy).toMatch(/object-src 'none'/)
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/)
    expect(indexHtml.indexOf('Content-Security-Policy')).toBeLessThan(indexHtml.indexOf('<script'))

    const scripts = [...indexHtml.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    expect(scripts.length).toBeGreaterThan(0)
    for (const [, attrs, body] of scripts) {
      expect(attrs, 'every script has a src').toMatch(/\bsrc="\//)
      expect(body?.trim(), 'no inline script body').toBe('')
    }
    expect(indexHtml).not.toMatch(/\son[a-z]+="/i) // no inline event handlers
    const externalRefs = [...indexHtml.matchAll(/\b(?:src|href)="([^"]+)"/g)]
      .map((match) => match[1] ?? '')
      .filter((ref) => !ref.startsWith('/'))
    expect(externalRefs).toEqual([])
  })

  it('loads no third-party scripts, styles or trackers', () => {
    for (const { path, text } of files) {
      expect(TRACKER_HOSTS.exec(text)?.[0], `${path}: tracker host`).toBeUndefined()
      expect(/@import\s+url\(\s*["']?https?:/i.exec(text)?.[0], `${path}: remote CSS import`).toBeUndefined()
      expect(/<script[^>]+src=["']https?:/i.exec(text)?.[0], `${path}: remote script`).toBeUndefined()
    }
  })

  it('holds no private keys (incl. anvil dev keys) and no env secrets', () => {
    const known = knownPublicWords()
    const anvilKeys = anvilDevPrivateKeys()
    expect(anvilKeys[0]).toBe('ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80')
    const secretEnvValues = Object.entries(process.env)
      .filter(
        ([name, value]) =>
          /KEY|SECRET|TOKEN|PASSWORD|PRIVATE|MNEMONIC/i.test(name) && (value ?? '').length >= 12,
      )
      .map(([name, value]) => ({ name, value: value ?? '' }))

    const suspicious: string[] = []
    for (const { path, text } of files) {
      const lower = text.toLowerCase()
      for (const key of anvilKeys)
        if (lower.includes(key)) suspicious.push(`${path}: anvil dev key ${key.slice(0, 8)}…`)
      for (const { name, value } of secretEnvValues)
        if (text.includes(value)) suspicious.push(`${path}: value of env ${name}`)
      // Exactly 64 hex digits, not part of a longer hex run (bytecode) or a decimal number.
      for (const match of lower.matchAll(/(?<![0-9a-fx])(?:0x)?([0-9a-f]{64})(?![0-9a-f])/g)) {
        const word = match[1] ?? ''
        if (/^\d+$/.test(word) || known.has(word) || isRepeatingPattern(word)) continue
        suspicious.push(`${path}: 32-byte hex ${word.slice(0, 12)}…`)
      }
    }
    expect(suspicious).toEqual([])
  })
})

let session: AppSession | undefined
afterEach(async () => {
  await session?.close()
  session = undefined
})

/** Collects CSP violations in the page (an init script runs before the app and is not subject to the CSP). */
function recordCspViolations() {
  const violations: string[] = []
  ;(window as unknown as { __cspViolations: string[] }).__cspViolations = violations
  document.addEventListener('securitypolicyviolation', (event) => {
    violations.push(
      `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
    )
  })
}

describe('the built app under its CSP (Chromium)', () => {
  it('visits every route with the Dev wallet, a chart page and the simulator worker without violations', async () => {
    const deployments = inject('browserDeployments')
    session = await openApp({ initScript: { fn: recordCspViolations, arg: null } })
    const { page, errors } = session
    const requestedOrigins = new Set<string>()
    page.on('request', (request) => requestedOrigins.add(new URL(request.url()).origin))
    const violations = () =>
      page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)

    expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').count()).toBe(1)
    await page.getByTestId('account-button').click()
    await page.getByTestId('connector-poolscopeDevWallet').click()
    await page.locator('[data-testid="account-button"][data-account-source="wallet"]').waitFor()
    await page.getByTestId('latest-block').waitFor()

    // Positions (charts of the dashboard), pools, a pool detail's charts, add liquidity, settings.
    await page.getByRole('heading', { level: 1, name: /positions/i }).waitFor()
    for (const [testId, heading] of [
      ['nav-pools', /pools/i],
      ['nav-add', /add liquidity/i],
      ['nav-settings', /settings/i],
    ] as const) {
      await page.getByTestId(testId).click()
      await page.getByRole('heading', { level: 1, name: heading }).waitFor()
    }
    const pool = deployments.v3Pools[0]?.address
    await page.goto(`${inject('appUrl')}/pools/${pool}`)
    await page.getByTestId('pool-detail').waitFor({ timeout: 30_000 })
    await revealCharts(page, ['chart-price-history'], {
      drawn: 'path.recharts-curve[d*="L"]',
      timeout: 30_000,
    })

    // The simulator's Monte Carlo runs in a Web Worker (worker-src 'self').
    const farmed = deployments.v3Incentives[0]?.pool ?? pool
    await page.goto(`${inject('appUrl')}/simulator?pool=${farmed}&amount=25000&horizon=45`)
    await page.locator('[data-testid="sim-mc"][data-status="done"]').waitFor({ timeout: 60_000 })
    expect(await page.getByTestId('sim-mc-p50').textContent()).toMatch(/\d/)

    expect(await violations()).toEqual([])
    expect(errors).toEqual([])
    // Only the app's own origin and the devnet RPC: nothing third-party.
    const allowed = new Set([new URL(inject('appUrl')).origin, new URL(inject('browserRpcUrl')).origin])
    expect([...requestedOrigins].filter((origin) => !allowed.has(origin))).toEqual([])

    // The policy is enforced and the listener works: an injected inline script is blocked and reported.
    await page.evaluate(() => {
      const script = document.createElement('script')
      script.textContent = 'window.__inlineRan = true'
      document.head.append(script)
    })
    await expect.poll(violations).toEqual([expect.stringMatching(/^script-src-elem blocked inline/)])
    expect(
      await page.evaluate(() => (window as unknown as { __inlineRan?: boolean }).__inlineRan),
    ).toBeUndefined()
  })

  it('refuses a custom RPC URL the CSP would block, and explains how to allow it', async () => {
    session = await openApp({ path: '/settings', initScript: { fn: recordCspViolations, arg: null } })
    const { page, errors } = session
    const input = page.getByTestId('rpc-url-input-42161')
    await input.fill('https://rpc.not-allowed.example/v1')
    await page.getByTestId('rpc-url-save-42161').click()
    await page.getByText(/VITE_RPC_URL_42161=https:\/\/rpc\.not-allowed\.example\/v1/).waitFor()
    expect(await page.evaluate(() => localStorage.getItem('poolscope.settings'))).not.toContain('not-allowed')

    // A local node and an allowed public origin are accepted.
    await input.fill('http://127.0.0.1:9545, https://arb1.arbitrum.io/rpc')
    await page.getByTestId('rpc-url-save-42161').click()
    await expect
      .poll(() => page.evaluate(() => localStorage.getItem('poolscope.settings')), { timeout: 10_000 })
      .toContain('127.0.0.1:9545')
    expect(await page.getByText(/does not allow connections/).count()).toBe(0)
    expect(
      await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations),
    ).toEqual([])
    expect(errors).toEqual([])
  })
})
