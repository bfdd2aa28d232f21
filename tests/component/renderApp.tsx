import { createMemoryHistory, RouterProvider } from '@tanstack/react-router'
import { act, render } from '@testing-library/react'
import { createAtlasRouter } from '../../src/router'
import { preloadAllViews } from '../../src/routes/lazyViews'

/** Starts the real route tree at a URL, with memory history, as a visitor opening a link. */
export async function renderApp(url = '/') {
  // The views a built page downloads on demand are already here, as after the idle prefetch.
  await preloadAllViews()
  const history = createMemoryHistory({ initialEntries: [url] })
  const router = createAtlasRouter({ history })
  await act(async () => {
    render(<RouterProvider router={router} />)
    await router.load()
  })
  return { router, history, search: () => new URLSearchParams(history.location.search) }
}
