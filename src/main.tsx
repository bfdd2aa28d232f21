import { RouterProvider } from '@tanstack/react-router'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { ErrorBoundary } from './components/ErrorBoundary'
import { createAtlasRouter } from './router'
import 'virtual:atlas-tokens.css'
import './styles.css'

const router = createAtlasRouter()

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ErrorBoundary homeHref={import.meta.env.BASE_URL}>
      <RouterProvider router={router} />
    </ErrorBoundary>
  </StrictMode>,
)
