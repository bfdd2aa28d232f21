/**
 * Build-time rendering of the app's HTML for one address, so a page shows its content before any
 * script runs (and to visitors and link previewers that run none). Runs in Node, in the build.
 */
import { createMemoryHistory, RouterProvider } from '@tanstack/react-router'
import { renderToString } from 'react-dom/server'
import { createAtlasRouter } from '../router'

export async function renderPage(url: string): Promise<string> {
  const router = createAtlasRouter({ history: createMemoryHistory({ initialEntries: [url] }) })
  await router.load()
  return renderToString(<RouterProvider router={router} />)
}
