import { describe, expect, it } from 'vitest'
import {
  orderRpcUrlSources,
  orderRpcUrls,
  readEnvRpcUrls,
  rpcEnvVarName,
  splitRpcUrlList,
  validateRpcUrl,
} from './rpcUrl.ts'

describe('validateRpcUrl', () => {
  it.each([
    'http://127.0.0.1:8545',
    'https://arb1.arbitrum.io/rpc',
    'ws://localhost:8546',
    'wss://example.org/ws',
  ])('accepts %s', (url) => {
    expect(validateRpcUrl(` ${url} `)).toEqual({ ok: true, url })
  })

  it('refuses an empty value', () => {
    expect(validateRpcUrl('  ')).toEqual({ ok: false, message: 'Enter an RPC URL.' })
  })

  it('refuses text that is not a URL', () => {
    const missingScheme = { ok: false, message: 'Start the URL with http://, https://, ws:// or wss://.' }
    expect(validateRpcUrl('127.0.0.1:8545')).toEqual(missingScheme)
    expect(validateRpcUrl('localhost:8545')).toEqual(missingScheme)
    expect(validateRpcUrl('http://local host:8545')).toEqual({
      ok: false,
      message: '"http://local host:8545" is not a URL (expected e.g. http://127.0.0.1:8545).',
    })
  })

  it('refuses other protocols', () => {
    expect(validateRpcUrl('ftp://node.example')).toEqual({
      ok: false,
      message: 'Use an http://, https://, ws:// or wss:// URL.',
    })
    expect(validateRpcUrl('javascript:alert(1)').ok).toBe(false)
  })
})

describe('splitRpcUrlList', () => {
  it('splits on commas and whitespace and drops empties', () => {
    expect(splitRpcUrlList('http://a:1, http://b:2,,\nws://c:3 ')).toEqual([
      'http://a:1',
      'http://b:2',
      'ws://c:3',
    ])
    expect(splitRpcUrlList(undefined)).toEqual([])
  })
})

describe('orderRpcUrls', () => {
  it('puts user URLs first, then env, and no public default when either configured one', () => {
    expect(
      orderRpcUrls({
        userUrls: ['http://127.0.0.1:8745'],
        envUrls: ['http://env-a:8545', 'http://env-b:8545'],
        defaultUrls: ['https://public.example'],
      }),
    ).toEqual(['http://127.0.0.1:8745', 'http://env-a:8545', 'http://env-b:8545'])
    expect(
      orderRpcUrls({ userUrls: ['http://mine:1'], envUrls: [], defaultUrls: ['https://public.example'] }),
    ).toEqual(['http://mine:1'])
    expect(
      orderRpcUrls({ userUrls: [], envUrls: ['http://env-a:8545'], defaultUrls: ['https://public.example'] }),
    ).toEqual(['http://env-a:8545'])
  })

  it('uses the public defaults only when neither the user nor the build configured a valid URL', () => {
    expect(
      orderRpcUrls({
        userUrls: [],
        envUrls: [],
        defaultUrls: ['https://public.example', 'https://p2.example'],
      }),
    ).toEqual(['https://public.example', 'https://p2.example'])
    expect(
      orderRpcUrls({
        userUrls: ['not a url'],
        envUrls: ['ftp://x'],
        defaultUrls: ['https://public.example'],
      }),
    ).toEqual(['https://public.example'])
  })

  it('drops invalid URLs and keeps the first of duplicates', () => {
    expect(
      orderRpcUrls({
        userUrls: ['not a url', 'http://127.0.0.1:8545'],
        envUrls: ['http://127.0.0.1:8545', 'ftp://x', 'https://env.example'],
        defaultUrls: ['http://127.0.0.1:8545', 'https://rpc.example'],
      }),
    ).toEqual(['http://127.0.0.1:8545', 'https://env.example'])
  })

  it('tells where each URL came from', () => {
    expect(
      orderRpcUrlSources({
        userUrls: ['http://mine:1'],
        envUrls: ['http://mine:1', 'http://build:2'],
        defaultUrls: ['https://public.example'],
      }),
    ).toEqual([
      { url: 'http://mine:1', source: 'user' },
      { url: 'http://build:2', source: 'env' },
    ])
    expect(
      orderRpcUrlSources({ userUrls: [], envUrls: [], defaultUrls: ['https://public.example'] }),
    ).toEqual([{ url: 'https://public.example', source: 'default' }])
  })
})

describe('orderRpcUrls on a local chain (exclusive)', () => {
  it('uses only the first source that has a valid URL, never another local node', () => {
    const sources = {
      envUrls: ['http://127.0.0.1:9000'],
      defaultUrls: ['http://127.0.0.1:8545'],
      exclusive: true,
    }
    expect(orderRpcUrls({ ...sources, userUrls: ['http://127.0.0.1:8745'] })).toEqual([
      'http://127.0.0.1:8745',
    ])
    expect(orderRpcUrls({ ...sources, userUrls: ['not a url'] })).toEqual(['http://127.0.0.1:9000'])
    expect(orderRpcUrls({ ...sources, userUrls: [], envUrls: [] })).toEqual(['http://127.0.0.1:8545'])
  })
})

describe('readEnvRpcUrls', () => {
  it('reads VITE_RPC_URL_<chainId> as a comma-separated list', () => {
    expect(rpcEnvVarName(31337)).toBe('VITE_RPC_URL_31337')
    const env = { VITE_RPC_URL_31337: 'http://a:1,http://b:2', VITE_RPC_URL_1: 'https://eth.example' }
    expect(readEnvRpcUrls(31337, env)).toEqual(['http://a:1', 'http://b:2'])
    expect(readEnvRpcUrls(1, env)).toEqual(['https://eth.example'])
    expect(readEnvRpcUrls(10, env)).toEqual([])
  })
})
