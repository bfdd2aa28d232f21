import { Link, Outlet } from '@tanstack/react-router'
import { Suspense, useEffect, useState } from 'react'
import { CopyLinkButton } from '../components/CopyLinkButton'
import { currentViewAt } from '../components/graph/viewportLink'
import { prettyLink, withViewAt } from '../domain/url/viewLinks'
import { atlas } from './atlasData'
import { HelpDialog } from './lazyViews'
import { ThemeToggle } from '../components/ThemeToggle'
import { useTheme } from './useTheme'
import { DEFAULT_VIEW_SEARCH } from './viewSearch'

/** The app shell: skip link, header with global actions, the page, and the footer. */
export function RootLayout() {
  const { theme, toggle } = useTheme()
  const [helpOpen, setHelpOpen] = useState(false)
  // "?" opens the shortcuts from anywhere but a text field.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null
      if (
        event.key !== '?' ||
        target?.closest?.('input, textarea, select, [contenteditable="true"]')
      )
        return
      event.preventDefault()
      setHelpOpen(true)
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [])
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to the explorer
      </a>
      <header className="app-header">
        <Link
          to="/"
          search={DEFAULT_VIEW_SEARCH}
          className="brand"
          aria-label="Fine-Tuning Atlas, home"
        >
          <span aria-hidden="true" className="brand-mark">
            ◆
          </span>
          Fine-Tuning Atlas
        </Link>
        <p className="tagline">How LLM fine-tuning techniques descend from one another</p>
        <div className="header-actions">
          <CopyLinkButton
            href={() =>
              prettyLink(
                withViewAt(window.location.href, currentViewAt()),
                import.meta.env.BASE_URL,
                (id) => atlas.techniques.has(id),
              )
            }
          />
          <ThemeToggle theme={theme} onToggle={toggle} />
          <button
            type="button"
            className="button"
            onClick={() => setHelpOpen(true)}
            aria-haspopup="dialog"
          >
            <span aria-hidden="true">?</span>
            <span className="visually-hidden">Keyboard shortcuts</span>
          </button>
        </div>
      </header>
      <Outlet />
      <footer className="app-footer">
        Data:{' '}
        <a href={`${import.meta.env.BASE_URL}dataset/atlas.json`} download>
          atlas.json
        </a>
        <a href={`${import.meta.env.BASE_URL}dataset/techniques.csv`} download>
          techniques.csv
        </a>
        licensed{' '}
        <a
          href="https://creativecommons.org/licenses/by/4.0/"
          rel="license noopener noreferrer"
          target="_blank"
        >
          CC BY 4.0
        </a>
        <span className="footer-note">— every fact names the source it was checked against.</span>
      </footer>
      {helpOpen ? (
        <Suspense fallback={null}>
          <HelpDialog open onClose={() => setHelpOpen(false)} />
        </Suspense>
      ) : null}
    </div>
  )
}
