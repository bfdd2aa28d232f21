import { useId, type MouseEvent } from 'react'

export interface NoticeItem {
  key: string
  text: string
  /** A fix the visitor can apply: `label` (which appears in `text`) becomes a link. */
  fix?: { label: string; href: string; onClick: (event: MouseEvent<HTMLAnchorElement>) => void }
}

/** The notice text with its suggested fix, if any, as a link on the suggestion's name. */
function NoticeText({ item }: { item: NoticeItem }) {
  const at = item.fix ? item.text.lastIndexOf(item.fix.label) : -1
  if (!item.fix || at < 0) return <>{item.text}</>
  return (
    <>
      {item.text.slice(0, at)}
      <a href={item.fix.href} onClick={item.fix.onClick}>
        {item.fix.label}
      </a>
      {item.text.slice(at + item.fix.label.length)}
    </>
  )
}

/**
 * Polite notices about things the page ignored or corrected (a bad link, a broken data file).
 * Always rendered as text, never as HTML.
 */
export function Notices({
  title,
  items,
  onDismiss,
  tone = 'info',
  scrollable = false,
  floating = false,
}: {
  title: string
  items: NoticeItem[]
  onDismiss?: () => void
  tone?: 'info' | 'warning'
  /** Caps the list's height with its own scroll (a long list must not push the graph away). */
  scrollable?: boolean
  /**
   * Floats over the page instead of taking room in it: for a notice that comes after the page
   * was first drawn (about the link it was opened with), which would otherwise push it down.
   */
  floating?: boolean
}) {
  const id = useId()
  if (items.length === 0) return null
  return (
    <section
      className={`notice notice-${tone}${floating ? ' notice-floating' : ''}`}
      aria-labelledby={id}
    >
      <div className="notice-body">
        <h2 id={id} className="notice-title">
          {title}
        </h2>
        <ul
          className={scrollable ? 'notice-scroll' : undefined}
          // A scrolling region must be reachable by keyboard.
          tabIndex={scrollable ? 0 : undefined}
          aria-label={scrollable ? title : undefined}
        >
          {items.map((item) => (
            <li key={item.key}>
              <NoticeText item={item} />
            </li>
          ))}
        </ul>
      </div>
      {onDismiss ? (
        <button type="button" className="button button-quiet" onClick={onDismiss}>
          Dismiss<span className="visually-hidden"> this notice</span>
        </button>
      ) : null}
    </section>
  )
}
