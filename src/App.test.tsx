import { act, fireEvent, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { renderApp } from './test-utils/renderApp.tsx'
import { stubJsonRpcFetch } from './test-utils/stubJsonRpcFetch.ts'

beforeEach(() => {
  stubJsonRpcFetch()
  localStorage.clear()
})
afterEach(() => {
  vi.unstubAllGlobals()
})

describe('App routes', () => {
  it.each([
    ['/', 'Positions'],
    ['/pools', 'Pools'],
    ['/simulator', 'Simulator'],
    ['/add', 'Add liquidity'],
    ['/settings', 'Settings'],
  ])('renders the page at %s', async (path, heading) => {
    renderApp(path)
    expect(await screen.findByRole('heading', { level: 1, name: heading })).toBeTruthy()
    const activeLink = screen.getByRole('link', { current: 'page' })
    expect(activeLink.textContent).toBe(heading)
  })

  it('renders a 404 page for an unknown path, with a way back', async () => {
    renderApp('/no/such/page')
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeTruthy()
    expect(screen.getByText('/no/such/page')).toBeTruthy()
    expect(screen.getByRole('link', { name: 'Back to Positions' }).getAttribute('href')).toBe('/')
  })

  it('navigates with the main nav', async () => {
    const { location } = renderApp('/')
    await screen.findByRole('heading', { level: 1, name: 'Positions' })
    fireEvent.click(screen.getByTestId('nav-pools'))
    expect(await screen.findByRole('heading', { level: 1, name: 'Pools' })).toBeTruthy()
    expect(location.history?.at(-1)).toBe('/pools')
  })

  it('asks to connect or watch when there is no account, and watches a pasted address', async () => {
    const { storage } = renderApp('/')
    expect(await screen.findByRole('heading', { name: 'Connect a wallet or watch an address' })).toBeTruthy()
    expect(screen.getByTestId('account-button').textContent).toBe('Connect')

    const input = screen.getByTestId('watch-address-input')
    fireEvent.change(input, { target: { value: '0x1234' } })
    fireEvent.submit(input.closest('form') as HTMLFormElement)
    expect(screen.getByText('An address has 40 hex characters after 0x; this one has 4.')).toBeTruthy()
    expect(input.getAttribute('aria-invalid')).toBe('true')

    fireEvent.change(input, { target: { value: '0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266' } })
    fireEvent.submit(input.closest('form') as HTMLFormElement)
    expect(await screen.findByText('Watched account (read-only)')).toBeTruthy()
    expect(screen.getByTestId('account-button').getAttribute('aria-label')).toBe(
      'Watching 0xf39F…2266 (0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266)',
    )
    expect(JSON.parse(storage.data.get('poolscope.settings') ?? '{}').watchAddress).toBe(
      '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266',
    )
  })

  it('takes the watched address from ?watch= in the URL', async () => {
    renderApp('/?watch=0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266')
    expect(await screen.findByText('Watched account (read-only)')).toBeTruthy()
  })

  it('shows the latest block from the chain poll and marks the devnet selected', async () => {
    renderApp('/pools')
    expect((await screen.findByTestId('latest-block')).textContent).toBe(' Latest block 42.')
    expect(screen.getByTestId('chain-indicator').getAttribute('data-chain-id')).toBe('31337')
    expect(screen.queryByTestId('rpc-banner')).toBeNull()
  })

  it('shows the RPC banner when the RPC serves another chain, and Retry re-checks', async () => {
    const fetchMock = stubJsonRpcFetch({ eth_chainId: '0x1' })
    renderApp('/pools')
    const banner = await screen.findByTestId('rpc-banner', {}, { timeout: 4000 })
    expect(banner.getAttribute('data-rpc-status')).toBe('wrong-chain')
    expect(banner.textContent).toContain('It reports chain id 1, expected 31337.')
    const callsBefore = fetchMock.mock.calls.length
    await act(async () => {
      fireEvent.click(screen.getByTestId('rpc-retry'))
    })
    expect(fetchMock.mock.calls.length).toBeGreaterThan(callsBefore)
  })

  it('shows the RPC banner when the RPC is unreachable', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('fetch failed')
      }),
    )
    renderApp('/pools')
    const banner = await screen.findByTestId('rpc-banner', {}, { timeout: 8000 })
    expect(banner.getAttribute('data-rpc-status')).toBe('unreachable')
    expect(banner.textContent).toContain('Cannot reach Poolscope Devnet')
  }, 10_000)
})
