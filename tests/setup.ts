import { afterEach, vi } from 'vitest'

// Component tests run in jsdom; unit tests in Node skip all of this.
if (typeof window !== 'undefined') {
  const { cleanup } = await import('@testing-library/react')
  afterEach(cleanup)
  // jsdom lacks these browser APIs; the app only needs them to exist.
  window.scrollTo = () => {}
  window.matchMedia ??= (query: string) =>
    ({
      matches: false,
      media: query,
      addEventListener: () => {},
      removeEventListener: () => {},
      onchange: null,
      addListener: () => {},
      removeListener: () => {},
      dispatchEvent: () => false,
    }) as MediaQueryList
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  }
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.open = true
  }
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.open = false
  }
}

// Cytoscape cannot draw in jsdom: component tests run it with its null renderer (selection,
// classes and tap events still work), so the real GraphView is under test.
vi.mock('cytoscape', async (importOriginal) => {
  const real = ((await importOriginal()) as { default: (o: object) => unknown }).default
  const headless = (options: object) => real({ ...options, renderer: { name: 'null' } })
  return { default: Object.assign(headless, real) }
})
