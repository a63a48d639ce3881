import { describe, expect, it } from 'vitest'
import {
  buildContentSecurityPolicy,
  checkRpcUrlAllowedByCsp,
  isConnectAllowed,
  LOCAL_NODE_CONNECT_SOURCES,
  rpcConnectOrigins,
} from './csp.ts'

const SELF = 'https://poolscope.example'

describe('rpcConnectOrigins', () => {
  it('lists the public chains’ default RPC origins, not the loopback devnet', () => {
    const origins = rpcConnectOrigins({})
    expect(origins).toContain('https://arb1.arbitrum.io')
    expect(origins).toContain('https://mainnet.optimism.io')
    expect(origins.some((origin) => origin.includes('127.0.0.1'))).toBe(false)
  })

  it('adds the origins of VITE_RPC_URL_<chainId> at build time', () => {
    const origins = rpcConnectOrigins({
      VITE_RPC_URL_1: 'https://rpc.mine.example/key/abc, wss://ws.mine.example:8443',
    })
    expect(origins).toContain('https://rpc.mine.example')
    expect(origins).toContain('wss://ws.mine.example:8443')
  })
})

describe('buildContentSecurityPolicy', () => {
  it('forbids inline scripts and plugins and allows the configured RPCs', () => {
    const policy = buildContentSecurityPolicy({ VITE_RPC_URL_10: 'https://op.mine.example' })
    const directives = Object.fromEntries(
      policy.split('; ').map((directive) => {
        const [name, ...values] = directive.split(' ')
        return [name, values]
      }),
    )
    expect(directives['script-src']).toEqual(["'self'"])
    expect(directives['style-src']).toEqual(["'self'"])
    expect(directives['object-src']).toEqual(["'none'"])
    expect(directives['img-src']).toEqual(["'self'", 'data:'])
    expect(directives['connect-src']).toEqual(
      expect.arrayContaining(["'self'", ...LOCAL_NODE_CONNECT_SOURCES, 'https://op.mine.example']),
    )
    expect(policy).not.toContain('unsafe')
  })
})

describe('isConnectAllowed', () => {
  const sources = ["'self'", 'http://127.0.0.1:*', 'https://rpc.example', 'wss://ws.example:8443']

  it('matches host, port and CSP3 scheme rules', () => {
    expect(isConnectAllowed('http://127.0.0.1:9999/', sources, SELF)).toBe(true)
    expect(isConnectAllowed('https://127.0.0.1:9999/', sources, SELF)).toBe(true) // http also allows https
    expect(isConnectAllowed('https://rpc.example/v1/key', sources, SELF)).toBe(true)
    expect(isConnectAllowed('https://rpc.example:8443/', sources, SELF)).toBe(false) // default port only
    expect(isConnectAllowed('http://rpc.example/', sources, SELF)).toBe(false) // https does not allow http
    expect(isConnectAllowed('wss://ws.example:8443/', sources, SELF)).toBe(true)
    expect(isConnectAllowed('wss://ws.example/', sources, SELF)).toBe(false)
    expect(isConnectAllowed('https://evil.example/', sources, SELF)).toBe(false)
    expect(isConnectAllowed('https://rpc.example.evil.example/', sources, SELF)).toBe(false)
  })

  it("treats 'self' as the page origin and its wss equivalent", () => {
    expect(isConnectAllowed('https://poolscope.example/rpc', sources, SELF)).toBe(true)
    expect(isConnectAllowed('wss://poolscope.example/rpc', sources, SELF)).toBe(true)
    expect(isConnectAllowed('https://poolscope.example:444/rpc', sources, SELF)).toBe(false)
  })
})

describe('checkRpcUrlAllowedByCsp', () => {
  it('accepts local nodes and build-time RPCs', () => {
    expect(checkRpcUrlAllowedByCsp('http://localhost:8545', 31337, {}, SELF)).toEqual({ ok: true })
    expect(checkRpcUrlAllowedByCsp('ws://127.0.0.1:8546', 31337, {}, SELF)).toEqual({ ok: true })
    expect(
      checkRpcUrlAllowedByCsp(
        'https://rpc.mine.example/x',
        1,
        { VITE_RPC_URL_1: 'https://rpc.mine.example' },
        SELF,
      ),
    ).toEqual({ ok: true })
  })

  it('refuses another origin and names the env var that would allow it', () => {
    const result = checkRpcUrlAllowedByCsp('https://rpc.other.example/abc', 42161, {}, SELF)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.message).toContain('https://rpc.other.example')
    expect(result.message).toContain('VITE_RPC_URL_42161=https://rpc.other.example/abc')
  })
})
