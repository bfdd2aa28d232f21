import { Component, lazy, useState, type ComponentType, type ReactNode } from 'react'

interface BoundaryProps {
  what: string
  onRetry: () => void
  children: ReactNode
}

/** Catches a failed download of a view's code and offers to try again, in place. */
class LoadBoundary extends Component<BoundaryProps, { failed: boolean }> {
  override state = { failed: false }

  static getDerivedStateFromError() {
    return { failed: true }
  }

  override render() {
    if (!this.state.failed) return this.props.children
    return (
      <div className="notice notice-error" role="alert">
        <p>
          The {this.props.what} could not be downloaded: the network failed, or the site was updated
          since this page was opened.
        </p>
        <button
          type="button"
          className="button button-primary"
          onClick={() => {
            this.props.onRetry()
            this.setState({ failed: false })
          }}
        >
          Retry
        </button>
      </div>
    )
  }
}

/** A view whose code is downloaded on first use. */
export type LazyView<P> = ComponentType<P> & {
  /** Downloads the code now (a failure is forgotten, to be tried again on use). */
  preload: () => Promise<void>
  /** Whether the code is here. */
  loaded: () => boolean
}

/**
 * Like React.lazy, but a failed download is not remembered as a failure (React.lazy keeps a
 * rejected import forever): the view says what failed and Retry downloads it again. Once the
 * code is here (used once, or `preload`ed) the view renders at once, without suspending.
 */
export function retryableLazy<P extends object>(
  load: () => Promise<ComponentType<P>>,
  what: string,
): LazyView<P> {
  let loaded: ComponentType<P> | null = null
  const download = () =>
    load().then((component) => {
      loaded = component
      return component
    })
  const make = () => lazy(() => download().then((component) => ({ default: component })))
  let Pending = make()
  function RetryableView(props: P) {
    const [, setAttempt] = useState(0)
    const View = loaded ?? Pending
    return (
      <LoadBoundary
        what={what}
        onRetry={() => {
          Pending = make()
          setAttempt((n) => n + 1)
        }}
      >
        <View {...props} />
      </LoadBoundary>
    )
  }
  return Object.assign(RetryableView, {
    loaded: () => loaded !== null,
    preload: () =>
      download().then(
        () => {},
        () => {},
      ),
  })
}
