import { useId, useState, type KeyboardEvent } from 'react'
import type { Suggestion } from '../domain/explore/explorerView'
import { MAX_TEXT } from '../domain/url/viewState'
import { useDraft } from './useDraft'

/**
 * The technique search box, as a WAI-ARIA combobox: typing filters the graph (the text lives in
 * the URL) and lists the best matches underneath — name, year, family — so you see what Enter
 * will open. ↓/↑ move through the list, Enter opens the highlighted match (or the best one),
 * Escape closes the list, then clears the text. With no match, the list says so and offers the
 * nearest names. With a technique selected, Shift+Enter shows how the match relates to it.
 */
export function SearchCombobox(props: {
  label: string
  value: string
  placeholder?: string
  matches: readonly Suggestion[]
  nearby: readonly Suggestion[]
  onChange: (text: string) => void
  /** Enter with nothing highlighted, with the text as typed (the URL may lag a keystroke). */
  onSubmit: (text: string) => void
  onPick: (id: string) => void
  /** With a technique selected: Shift+Enter shows how a match relates to it. */
  relateTo?: { name: string; onRelate: (id: string) => void }
}) {
  const id = useId()
  const listId = `${id}-list`
  const [draft, setDraft] = useDraft(props.value)
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(-1)
  const options = props.matches.length ? props.matches : props.nearby
  const typed = draft.trim()
  const expanded = open && typed !== '' && (options.length > 0 || props.value.trim() !== '')
  const current = expanded && active >= 0 ? options[active] : undefined

  const pick = (s: Suggestion) => {
    setOpen(false)
    setActive(-1)
    props.onPick(s.id)
  }
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
        setOpen(true)
        setActive((i) => (options.length ? (i + 1) % options.length : -1))
        break
      case 'ArrowUp':
        setOpen(true)
        setActive((i) => (options.length ? (i <= 0 ? options.length - 1 : i - 1) : -1))
        break
      case 'Enter':
        if (event.shiftKey && props.relateTo && (current ?? options[0])) {
          setOpen(false)
          props.relateTo.onRelate((current ?? options[0])!.id)
        } else if (current) pick(current)
        else {
          setOpen(false)
          props.onSubmit(event.currentTarget.value)
        }
        break
      case 'Escape':
        if (expanded) setOpen(false)
        else if (draft) {
          setDraft('')
          props.onChange('')
        } else return
        break
      default:
        return
    }
    event.preventDefault()
  }

  return (
    <div className="combobox">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        name="q"
        // A text box, not type="search": the HTML spec allows the combobox role only on a plain
        // text input (the form around it is the search landmark).
        type="text"
        role="combobox"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={current ? `${listId}-${current.id}` : undefined}
        value={draft}
        placeholder={props.placeholder}
        autoComplete="off"
        spellCheck={false}
        maxLength={MAX_TEXT}
        onChange={(event) => {
          setDraft(event.target.value)
          setOpen(true)
          setActive(-1)
          props.onChange(event.target.value)
        }}
        onKeyDown={onKeyDown}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
      />
      <div className="combobox-popup" hidden={!expanded}>
        {expanded && !props.matches.length ? (
          <p className="combobox-empty" role="status">
            No technique matches “{typed}”{props.nearby.length ? '. Nearest names:' : '.'}
          </p>
        ) : null}
        <ul id={listId} role="listbox" aria-label={`Techniques matching “${typed}”`}>
          {expanded
            ? options.map((s, i) => (
                <li
                  key={s.id}
                  id={`${listId}-${s.id}`}
                  role="option"
                  aria-selected={i === active}
                  className="combobox-option"
                  // Keep focus in the box: the click picks, the blur would close first.
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => pick(s)}
                >
                  <span className="combobox-name">{s.name}</span>
                  <span className="muted">
                    {s.year} · {s.family}
                  </span>
                </li>
              ))
            : null}
        </ul>
        {expanded && options.length && props.relateTo ? (
          <p className="combobox-hint">
            <kbd>Shift</kbd>+<kbd>Enter</kbd>: how it relates to {props.relateTo.name}
          </p>
        ) : null}
      </div>
    </div>
  )
}
