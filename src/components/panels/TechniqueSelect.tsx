import { useId } from 'react'
import type { Atlas } from '../../domain/data/atlas'

/** A labelled select of every technique, alphabetical, with an "any" option. */
export function TechniqueSelect(props: {
  atlas: Atlas
  label: string
  value: string | undefined
  onChange: (id: string | undefined) => void
  /** The empty option's text. */
  emptyLabel?: string
  /** Leave this technique out of the list. */
  exclude?: string
}) {
  const id = useId()
  const options = [...props.atlas.techniques.values()]
    .filter((t) => t.id !== props.exclude)
    .sort((a, b) => a.name.localeCompare(b.name))
  return (
    <>
      <label htmlFor={id}>{props.label}</label>
      <select
        id={id}
        value={props.value ?? ''}
        onChange={(e) => props.onChange(e.target.value || undefined)}
      >
        <option value="">{props.emptyLabel ?? 'Any technique'}</option>
        {options.map((t) => (
          <option key={t.id} value={t.id}>
            {t.name}
          </option>
        ))}
      </select>
    </>
  )
}
