import { useId } from 'react'
import { MAX_TEXT } from '../domain/url/viewState'
import { useDraft } from './useDraft'

/**
 * A labelled search box whose committed text lives in the URL: typing stays local and
 * responsive (see useDraft) and every change is reported.
 */
export function SearchInput(props: {
  label: string
  value: string
  onChange: (text: string) => void
  placeholder?: string
  /** Form field name, so a surrounding form can read exactly what was typed. */
  name?: string
}) {
  const id = useId()
  const [draft, setDraft] = useDraft(props.value)
  return (
    <>
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        name={props.name}
        type="search"
        value={draft}
        placeholder={props.placeholder}
        autoComplete="off"
        spellCheck={false}
        maxLength={MAX_TEXT}
        onChange={(event) => {
          setDraft(event.target.value)
          props.onChange(event.target.value)
        }}
      />
    </>
  )
}
