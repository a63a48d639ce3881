import { act, render, screen } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { recordCheck, registerChainRpcUrls, resetRpcTrust } from '../../config/rpcCrossCheck.ts'
import { RpcTrustNote } from './RpcTrustNote.tsx'

const A = 'http://127.0.0.1:1'
const B = 'http://127.0.0.1:2'

beforeEach(() => resetRpcTrust())

describe('RpcTrustNote', () => {
  it('with one RPC says the figures trust that one node', () => {
    registerChainRpcUrls(31337, [A])
    render(<RpcTrustNote chainId={31337} urls={[A]} />)
    const note = screen.getByTestId('rpc-trust-31337')
    expect(note.dataset.trust).toBe('single')
    expect(note.textContent).toMatch(/^Figures trust this one node/)
  })

  it('with two names the cross-checking URL, and turns into the disagreement when one is found', () => {
    registerChainRpcUrls(31337, [A, B])
    render(<RpcTrustNote chainId={31337} urls={[A, B]} />)
    const note = screen.getByTestId('rpc-trust-31337')
    expect(note.dataset.trust).toBe('cross-checked')
    expect(note.textContent).toContain(`Cross-checked against ${B}`)
    act(() =>
      recordCheck(31337, {
        kind: 'disagree',
        disagreement: {
          about: 'the hash of block 7',
          blockNumber: 7n,
          urls: [A, B],
          primary: '0xaa',
          witness: '0xbb',
          atMs: 0,
        },
      }),
    )
    expect(note.dataset.trust).toBe('disagree')
    expect(note.textContent).toContain('They disagree about the hash of block 7: writes are blocked.')
  })
})
