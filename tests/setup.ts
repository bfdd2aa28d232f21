import { afterEach } from 'vitest'

// Testing Library cleans up only when vitest globals are on; component tests run in jsdom.
if (typeof window !== 'undefined') {
  const { cleanup } = await import('@testing-library/react')
  afterEach(cleanup)
  window.scrollTo = () => {}
}
