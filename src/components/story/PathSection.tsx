import type { Atlas } from '../../domain/data/atlas'
import { RELATION_LABELS } from '../../domain/data/constants'
import type { Relation } from '../../domain/explore/relate'
import type { LineageLink } from '../../domain/data/schema'
import type { LinkTo } from '../links'

/** "How QLoRA relates to DPO": the chain between two techniques, one sentence per link. */
export function PathSection(props: {
  atlas: Atlas
  a: string
  b: string
  relation: Relation
  linkTo: LinkTo
  onClose: () => void
}) {
  const { atlas, relation, linkTo } = props
  const name = (id: string) => atlas.techniques.get(id)?.name ?? id
  const link = (id: string) => <a {...linkTo({ technique: id })}>{name(id)}</a>
  const sentences = (chain: readonly LineageLink[]) => (
    <ol className="path-chain">
      {chain.map((l) => (
        <li key={`${l.parent}->${l.child}`}>
          {link(l.child)} <em>{RELATION_LABELS[l.relation]}</em> {link(l.parent)}: {l.reason}
        </li>
      ))}
    </ol>
  )
  const steps = (n: number) => `${n} link${n === 1 ? '' : 's'}`
  return (
    <section className="story-section" aria-labelledby="path-title">
      <header className="story-head">
        <h2 id="path-title">
          How {name(props.a)} relates to {name(props.b)}
        </h2>
        <button type="button" className="button button-quiet" onClick={props.onClose}>
          Close
        </button>
      </header>
      {relation.kind === 'same' ? (
        <p>These are the same technique: pick two different ones.</p>
      ) : relation.kind === 'unrelated' ? (
        <p>
          {link(relation.a)} and {link(relation.b)} have no ancestor in common in the Atlas: no
          chain of lineage links connects them.
        </p>
      ) : relation.kind === 'descends' ? (
        <>
          <p>
            {link(relation.descendant)} descends from {link(relation.ancestor)} in{' '}
            {steps(relation.chain.length)}:
          </p>
          {sentences(relation.chain)}
        </>
      ) : (
        <>
          <p>
            Neither descends from the other. Their nearest common ancestor
            {relation.via.length > 1 ? 's are' : ' is'}{' '}
            {relation.via.map((v, i) => (
              <span key={v.ancestor}>
                {i ? (i === relation.via.length - 1 ? ' and ' : ', ') : ''}
                {link(v.ancestor)}
              </span>
            ))}
            {relation.more ? ` (and ${relation.more} more at the same distance)` : ''}.
          </p>
          {relation.via.map((v) => (
            <div key={v.ancestor} className="path-branches">
              <h3>
                From {name(v.ancestor)} to {name(relation.a)} ({steps(v.toA.length)})
              </h3>
              {sentences(v.toA)}
              <h3>
                From {name(v.ancestor)} to {name(relation.b)} ({steps(v.toB.length)})
              </h3>
              {sentences(v.toB)}
            </div>
          ))}
        </>
      )}
    </section>
  )
}
