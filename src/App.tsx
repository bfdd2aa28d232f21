/** The interactive Atlas, mounted by the boot (src/main.ts) once its dataset is here. */
import { RouterProvider } from '@tanstack/react-router'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { ErrorBoundary } from './components/ErrorBoundary'
import { createAtlasRouter } from './router'

export function mountAtlas(root: HTMLElement) {
  const router = createAtlasRouter()
  createRoot(root).render(
    <StrictMode>
      <ErrorBoundary homeHref={import.meta.env.BASE_URL}>
        <RouterProvider router={router} />
      </ErrorBoundary>
    </StrictMode>,
  )
}
