import { Component, type ErrorInfo, type ReactNode } from 'react'

interface State {
  error: Error | null
}

/**
 * The outermost safety net: if anything outside the router's own error handling throws, the
 * visitor still gets a message and a way back instead of a blank page.
 */
export class ErrorBoundary extends Component<{ children: ReactNode; homeHref: string }, State> {
  override state: State = { error: null }

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) }
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('Fine-Tuning Atlas crashed', error, info.componentStack)
  }

  override render() {
    if (!this.state.error) return this.props.children
    return (
      <main id="main" className="page-message" role="alert">
        <h1>Something went wrong</h1>
        <p>The explorer hit an unexpected error: {this.state.error.message}</p>
        <p>
          <a className="button button-primary" href={this.props.homeHref}>
            Start from the default view
          </a>
        </p>
      </main>
    )
  }
}
