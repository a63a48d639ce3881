import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { RpcNodeSources } from './RpcNodeSources.tsx'

describe('RpcNodeSources', () => {
  it('names the node in use and its source, and lists the fallback order', () => {
    render(
      <RpcNodeSources
        chainId={1}
        sources={[
          { url: 'https://mine.example', source: 'user' },
          { url: 'https://build.example', source: 'env' },
        ]}
        answeringUrl={undefined}
      />,
    )
    expect(screen.getByTestId('rpc-node-in-use-1').textContent).toBe(
      'Will read through https://mine.example (your setting).',
    )
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'https://mine.example (your setting)',
      'https://build.example (build configuration)',
    ])
    expect(screen.queryByTestId('rpc-node-public-1')).toBeNull()
  })

  it('says when the fallback answers instead of the first URL', () => {
    render(
      <RpcNodeSources
        chainId={1}
        sources={[
          { url: 'https://mine.example', source: 'user' },
          { url: 'https://build.example', source: 'env' },
        ]}
        answeringUrl="https://build.example"
      />,
    )
    expect(screen.getByTestId('rpc-node-in-use-1').textContent).toBe(
      'Reading through https://build.example (build configuration): the first URL did not answer, this is the fallback.',
    )
  })

  it('says the public default is rate-limited and asks for a node of your own', () => {
    render(
      <RpcNodeSources
        chainId={42161}
        sources={[{ url: 'https://public.example', source: 'default' }]}
        answeringUrl="https://public.example"
      />,
    )
    expect(screen.getByTestId('rpc-node-in-use-42161').textContent).toBe(
      'Reading through https://public.example (public default — rate-limited, set your own).',
    )
    expect(screen.getByTestId('rpc-node-public-42161').textContent).toMatch(/rate-limited/)
    expect(screen.queryAllByRole('listitem')).toEqual([])
  })
})
