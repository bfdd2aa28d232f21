import { useId } from 'react'
import { useCopyStatus } from '../useCopyStatus'
import type { Atlas } from '../../domain/data/atlas'
import type { Usage } from '../../domain/data/schema'

/** "Use it": how each library that implements the technique exposes it, with a copyable snippet. */
export function UsageList({ atlas, usage }: { atlas: Atlas; usage: readonly Usage[] }) {
  return (
    <section aria-labelledby="usage-title">
      <h3 id="usage-title">Use it</h3>
      <ul className="usage-list">
        {usage.map((u) => (
          <li key={`${u.tool}-${u.api}`} className="usage">
            <p className="usage-head">
              <strong>{atlas.tools.get(u.tool)?.name ?? u.tool}</strong>{' '}
              <code className="usage-api">{u.api}</code>
            </p>
            <Snippet
              code={u.snippet}
              label={`${atlas.tools.get(u.tool)?.name ?? u.tool} snippet`}
            />
            <p className="muted usage-meta">
              Checked against {u.version} ·{' '}
              <a href={u.docs} rel="noreferrer">
                docs
              </a>{' '}
              ·{' '}
              <a href={u.source} rel="noreferrer">
                source
              </a>
            </p>
          </li>
        ))}
      </ul>
    </section>
  )
}

function Snippet({ code, label }: { code: string; label: string }) {
  const [copied, copy] = useCopyStatus()
  const captionId = useId()
  return (
    // The figure names the code (a <pre> may not carry a name of its own); the <pre> is
    // focusable so a keyboard can scroll a long line.
    <figure className="snippet" aria-labelledby={captionId}>
      <figcaption id={captionId} className="visually-hidden">
        {label}
      </figcaption>
      <pre tabIndex={0}>
        <code>{code}</code>
      </pre>
      <button
        type="button"
        className="button button-quiet snippet-copy"
        aria-label={`${copied === 'copied' ? 'Copied' : 'Copy'} the ${label}`}
        onClick={() => copy(code)}
      >
        {copied === 'copied' ? 'Copied' : copied === 'failed' ? 'Select and copy' : 'Copy'}
      </button>
    </figure>
  )
}
