import { cleanup, configure } from '@testing-library/react'
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

// Lazy route chunks load through Vite's transform: on a loaded 2-core machine that can exceed the 1 s default.
configure({ asyncUtilTimeout: 5000 })

afterEach(() => {
  if (typeof window !== 'undefined') cleanup()
})
