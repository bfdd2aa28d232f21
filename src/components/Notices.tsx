import { useId } from 'react'

export interface NoticeItem {
  key: string
  text: string
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
}: {
  title: string
  items: NoticeItem[]
  onDismiss?: () => void
  tone?: 'info' | 'warning'
}) {
  const id = useId()
  if (items.length === 0) return null
  return (
    <section className={`notice notice-${tone}`} aria-labelledby={id}>
      <div className="notice-body">
        <h2 id={id} className="notice-title">
          {title}
        </h2>
        <ul>
          {items.map((item) => (
            <li key={item.key}>{item.text}</li>
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
