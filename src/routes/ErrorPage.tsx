import type { ErrorComponentProps } from '@tanstack/react-router'

/** Last resort for anything unexpected: say what happened and offer a clean start. */
export function ErrorPage({ error, reset }: ErrorComponentProps) {
  const message = error instanceof Error ? error.message : String(error)
  return (
    <main id="main" className="page-message" role="alert">
      <h1>Something went wrong</h1>
      <p>The explorer hit an unexpected error: {message}</p>
      <p className="actions">
        <button type="button" className="button" onClick={reset}>
          Try again
        </button>{' '}
        <a className="button button-primary" href={import.meta.env.BASE_URL}>
          Start from the default view
        </a>
      </p>
    </main>
  )
}
