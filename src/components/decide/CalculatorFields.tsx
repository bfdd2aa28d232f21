import { useId } from 'react'
import { TARGET_MODULES } from '../../domain/decide/calculator'
import { DIMS_FIELDS, parseDims, type ViewState } from '../../domain/url/viewState'
import { useDraft } from '../useDraft'

/** The calculator's two compound fields: target modules and custom model dimensions. */
export function TargetsField({
  value,
  message,
  onChange,
}: {
  value: readonly (typeof TARGET_MODULES)[number][]
  message?: string
  onChange: (targets: (typeof TARGET_MODULES)[number][]) => void
}) {
  const id = useId()
  const empty = value.length === 0
  return (
    <fieldset
      className="field decide-targets"
      aria-describedby={message || empty ? `${id}-error` : undefined}
    >
      <legend>
        Target modules
        {value.length === TARGET_MODULES.length ? (
          <span className="muted"> (all-linear)</span>
        ) : null}
      </legend>
      <div className="decide-target-list">
        {TARGET_MODULES.map((t) => (
          <label key={t} className="decide-target">
            <input
              type="checkbox"
              checked={value.includes(t)}
              disabled={value.length === 1 && value.includes(t)}
              onChange={(event) =>
                onChange(
                  TARGET_MODULES.filter((m) =>
                    m === t ? event.target.checked : value.includes(m),
                  ),
                )
              }
            />
            <code>{t}</code>
          </label>
        ))}
      </div>
      {message ? (
        <p id={`${id}-error`} className="field-error">
          {message}
        </p>
      ) : null}
    </fieldset>
  )
}

export function DimsField({
  value,
  linkMessage,
  onCommit,
}: {
  value: ViewState['dims']
  linkMessage?: string
  onCommit: (dims: NonNullable<ViewState['dims']>) => void
}) {
  const id = useId()
  const text = value ? DIMS_FIELDS.map((f) => value[f]).join(',') : ''
  const [draft, setDraft] = useDraft(text)
  const parsed = parseDims(draft)
  const typed = parsed.problems?.[0]?.message.replace(/^Ignored dims “[^”]*”: /, 'Dimensions: ')
  const message = typed ?? linkMessage
  return (
    <div className="field">
      <label htmlFor={id}>Dimensions</label>
      <input
        id={id}
        type="text"
        value={draft}
        aria-invalid={typed ? true : undefined}
        aria-describedby={`${id}-hint${message ? ` ${id}-error` : ''}`}
        onChange={(event) => {
          setDraft(event.target.value)
          const next = parseDims(event.target.value)
          if (next.value) onCommit(next.value)
        }}
      />
      <p id={`${id}-hint`} className="field-hint muted">
        layers, hidden, intermediate, heads, key/value heads, vocabulary
      </p>
      {message ? (
        <p id={`${id}-error`} className="field-error">
          {message}
        </p>
      ) : null}
    </div>
  )
}
