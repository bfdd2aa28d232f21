import { useRef, type KeyboardEvent, type ReactNode } from 'react'

export interface TabsProps<T extends string> {
  label: string
  idPrefix: string
  /** `name` is the accessible name when the visible label is a short form of it. */
  tabs: readonly { id: T; label: ReactNode; name?: string }[]
  active: T
  onChange: (id: T) => void
  children: ReactNode
  className?: string
}

/**
 * WAI-ARIA tabs with automatic activation: arrow keys, Home and End move between tabs. The
 * active tab is view state owned by the caller (the URL).
 */
export function Tabs<T extends string>({
  label,
  idPrefix,
  tabs,
  active,
  onChange,
  children,
  className,
}: TabsProps<T>) {
  const refs = useRef(new Map<T, HTMLButtonElement>())
  const onKeyDown = (event: KeyboardEvent) => {
    const i = tabs.findIndex((t) => t.id === active)
    const next =
      event.key === 'ArrowRight'
        ? (i + 1) % tabs.length
        : event.key === 'ArrowLeft'
          ? (i - 1 + tabs.length) % tabs.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? tabs.length - 1
              : -1
    if (next < 0) return
    event.preventDefault()
    const id = tabs[next]!.id
    onChange(id)
    refs.current.get(id)?.focus()
  }
  return (
    <div className={className}>
      <div role="tablist" aria-label={label} className="tablist" onKeyDown={onKeyDown}>
        {tabs.map((t) => (
          <button
            key={t.id}
            ref={(el) => {
              if (el) refs.current.set(t.id, el)
              else refs.current.delete(t.id)
            }}
            type="button"
            role="tab"
            id={`${idPrefix}-tab-${t.id}`}
            aria-selected={t.id === active}
            aria-label={t.name}
            aria-controls={`${idPrefix}-panel`}
            tabIndex={t.id === active ? 0 : -1}
            onClick={() => onChange(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`${idPrefix}-panel`}
        aria-labelledby={`${idPrefix}-tab-${active}`}
        className="tabpanel"
      >
        {children}
      </div>
    </div>
  )
}
