import { cleanup } from '@testing-library/react'
import { afterEach } from 'vitest'

// jsdom has no layout: charts need a ResizeObserver that reports a real size, or they render nothing.
class FixedSizeResizeObserver {
  constructor(private readonly callback: ResizeObserverCallback) {}
  observe(target: Element) {
    const entry = { target, contentRect: { width: 800, height: 400 } } as unknown as ResizeObserverEntry
    this.callback([entry], this as unknown as ResizeObserver)
  }
  unobserve() {}
  disconnect() {}
}

if (typeof window !== 'undefined') {
  globalThis.ResizeObserver ??= FixedSizeResizeObserver as unknown as typeof ResizeObserver
  window.matchMedia ??= (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addEventListener: () => {},
      removeEventListener: () => {},
      addListener: () => {},
      removeListener: () => {},
      dispatchEvent: () => false,
    }) as MediaQueryList
}

afterEach(() => {
  if (typeof window !== 'undefined') cleanup()
})
