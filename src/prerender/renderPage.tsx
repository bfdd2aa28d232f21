/** The app's HTML for one address, as the browser first renders it (build time, in Node). */
import { createMemoryHistory, RouterProvider } from '@tanstack/react-router'
import { renderToString } from 'react-dom/server'
import { createAtlasRouter } from '../router'
import { preloadAllViews } from '../routes/lazyViews'

export async function renderPage(url: string): Promise<string> {
  await preloadAllViews()
  const router = createAtlasRouter({ history: createMemoryHistory({ initialEntries: [url] }) })
  await router.load()
  return renderToString(<RouterProvider router={router} />)
}
