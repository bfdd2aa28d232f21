import { useId } from 'react'
import { readNumberField } from '../../domain/decide/fieldInput'
import { useDraft } from '../useDraft'

/**
 * A labelled number input whose committed value lives in the URL. A value out of range stays
 * in the box with a message beside it (linked by aria-describedby); the URL keeps the last good
 * value. `linkMessage` is what a bad link said about this parameter.
 */
export function NumberField({
  label,
  value,
  range,
  decimals,
  unit,
  hint,
  linkMessage,
  optional,
  onCommit,
}: {
  label: string
  value: number | undefined
  range: { min: number; max: number }
  decimals?: boolean
  unit?: string
  hint?: string
  linkMessage?: string
  /** An empty box means “not given” (commits undefined) rather than a mistake. */
  optional?: boolean
  onCommit: (value: number | undefined) => void
}) {
  const id = useId()
  const [draft, setDraft] = useDraft(value === undefined ? '' : String(value))
  const read = (text: string) =>
    optional && !text.trim()
      ? { value: undefined, message: undefined }
      : readNumberField(text, label, range, { decimals, unit })
  const typed = read(draft)
  const message = typed.message ?? linkMessage
  const describedBy = [hint ? `${id}-hint` : '', message ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ')
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {unit ? <span className="muted"> ({unit})</span> : null}
      </label>
      <input
        id={id}
        type="text"
        inputMode={decimals ? 'decimal' : 'numeric'}
        value={draft}
        aria-invalid={typed.message ? true : undefined}
        aria-describedby={describedBy || undefined}
        onChange={(event) => {
          setDraft(event.target.value)
          const next = read(event.target.value)
          if (next.message === undefined && next.value !== value) onCommit(next.value)
        }}
      />
      {hint ? (
        <p id={`${id}-hint`} className="field-hint muted">
          {hint}
        </p>
      ) : null}
      {message ? (
        <p id={`${id}-error`} className="field-error">
          {message}
        </p>
      ) : null}
    </div>
  )
}
