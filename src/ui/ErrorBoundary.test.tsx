import { fireEvent, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { Router, useLocation } from 'wouter'
import { memoryLocation } from 'wouter/memory-location'
import { RouteErrorBoundary } from '../features/layout/RouteErrorBoundary.tsx'
import { ErrorBoundary } from './ErrorBoundary.tsx'

function Boom({ message }: { message: string }): never {
  throw new Error(message)
}

let shouldThrow = true
function MaybeBoom() {
  if (shouldThrow) throw new Error('pool math exploded')
  return <p>recovered</p>
}

/** Crashes on /pools only, like a page with a bug. */
function PageThatCrashesOnPools() {
  const [pathname] = useLocation()
  return pathname === '/pools' ? <Boom message="pools crashed" /> : <p>positions page</p>
}

// React logs caught render errors to console.error; keep the test output readable.
beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => {})
})
afterEach(() => {
  vi.restoreAllMocks()
})

describe('ErrorBoundary', () => {
  it('renders the fallback with the error, and the children again after reset', () => {
    shouldThrow = true
    render(
      <ErrorBoundary
        fallback={({ error, reset }) => (
          <button type="button" onClick={reset}>
            {error.message}
          </button>
        )}
      >
        <MaybeBoom />
      </ErrorBoundary>,
    )
    const button = screen.getByRole('button', { name: 'pool math exploded' })
    shouldThrow = false
    fireEvent.click(button)
    expect(screen.getByText('recovered')).toBeTruthy()
  })

  it('passes render errors to onError', () => {
    const onError = vi.fn()
    render(
      <ErrorBoundary onError={onError} fallback={() => <p>fallback</p>}>
        <Boom message="bad tick" />
      </ErrorBoundary>,
    )
    expect(screen.getByText('fallback')).toBeTruthy()
    expect(onError).toHaveBeenCalledTimes(1)
    expect(onError.mock.calls[0]?.[0]).toEqual(new Error('bad tick'))
  })
})

describe('RouteErrorBoundary', () => {
  it('shows the page error with "Back to Positions" and "Reload", and clears on navigation', () => {
    const location = memoryLocation({ path: '/pools' })
    render(
      <Router hook={location.hook}>
        <RouteErrorBoundary>
          <PageThatCrashesOnPools />
        </RouteErrorBoundary>
      </Router>,
    )
    const fallback = screen.getByTestId('error-fallback')
    expect(fallback.textContent).toContain('This page hit an error')
    expect(fallback.textContent).toContain('pools crashed')
    expect(screen.getByRole('link', { name: 'Back to Positions' }).getAttribute('href')).toBe('/')
    expect(screen.getByRole('button', { name: 'Reload' })).toBeTruthy()

    fireEvent.click(screen.getByRole('link', { name: 'Back to Positions' }))
    expect(screen.getByText('positions page')).toBeTruthy()
  })
})
