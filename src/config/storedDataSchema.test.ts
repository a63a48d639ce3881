import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { RpcUrlSchema, ThemeSchema } from './settings.ts'
import { readStoredField, StoredObjectSchema } from './storedDataSchema.ts'
import { SlippageBpsSchema } from './tradeSettings.ts'

describe('stored-data schemas (valibot)', () => {
  it('accepts only a JSON object as a stored value', () => {
    expect(v.safeParse(StoredObjectSchema, '{"theme":"dark"}').output).toEqual({ theme: 'dark' })
    for (const raw of ['{oops', '[]', '7', 'null', '"x"']) expect(v.is(StoredObjectSchema, raw)).toBe(false)
  })

  it("says why an RPC URL is refused, in validateRpcUrl's words, and trims a good one", () => {
    const bad = v.safeParse(RpcUrlSchema, 'ftp://x')
    expect(bad.success).toBe(false)
    expect(bad.issues?.[0]?.message).toBe('Use an http://, https://, ws:// or wss:// URL.')
    expect(v.parse(RpcUrlSchema, ' http://127.0.0.1:8545 ')).toBe('http://127.0.0.1:8545')
  })

  it('reads one field leniently: absent is silent, bad falls back and is named', () => {
    const unreadable: string[] = []
    const record = { theme: 'purple', slippageBps: 75 }
    expect(readStoredField(record, 'theme', ThemeSchema, 'system', 'theme', unreadable)).toBe('system')
    expect(readStoredField(record, 'slippageBps', SlippageBpsSchema, 50, 'slippage', unreadable)).toBe(75)
    expect(readStoredField(record, 'missing', SlippageBpsSchema, 50, 'slippage', unreadable)).toBe(50)
    expect(unreadable).toEqual(['theme'])
  })
})
