/** The interactive Atlas, mounted by the boot (src/main.ts) once its dataset is here. */
import { RouterProvider } from '@tanstack/react-router'
import { startTransition, StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { ErrorBoundary } from './components/ErrorBoundary'
import { createAtlasRouter } from './router'
import { preloadViewsFor } from './routes/lazyViews'

/**
 * A built page holds the app's HTML for its address (src/prerender/site.ts), which React
 * replaces in one commit with the same markup (the first frame carried over: firstFrame.ts).
 * Hydrating it instead was measured slower here: 1,558 vs 1,412 ms to an interactive graph and
 * 1,044 vs 693 ms of blocking time (medians of 8 alternating loads, 1280 × 800).
 */
export async function mountAtlas(root: HTMLElement) {
  const router = createAtlasRouter()
  await router.load()
  // What a deep link shows on arrival is downloaded first, so the first render has it.
  await preloadViewsFor(router.state.location.search)
  const app = (
    <StrictMode>
      <ErrorBoundary homeHref={import.meta.env.BASE_URL}>
        <RouterProvider router={router} />
      </ErrorBoundary>
    </StrictMode>
  )
  // Rendered as a transition: React renders in slices that leave the browser free to answer
  // input, and the page keeps its built HTML until the commit.
  startTransition(() => createRoot(root).render(app))
}
