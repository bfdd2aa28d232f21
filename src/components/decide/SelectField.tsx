import { useId } from 'react'

/** A labelled select over a literal set; `message` (a bad link's notice) shows beside it. */
export function SelectField<T extends string>({
  label,
  value,
  options,
  message,
  onChange,
}: {
  label: string
  value: T
  options: readonly { value: T; label: string }[]
  message?: string
  onChange: (value: T) => void
}) {
  const id = useId()
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        aria-describedby={message ? `${id}-error` : undefined}
        onChange={(event) => onChange(event.target.value as T)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {message ? (
        <p id={`${id}-error`} className="field-error">
          {message}
        </p>
      ) : null}
    </div>
  )
}
