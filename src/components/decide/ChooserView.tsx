import { useId, useMemo, type MouseEvent } from 'react'
import type { Atlas } from '../../domain/data/atlas'
import { formatBytes, TARGET_MODULES } from '../../domain/decide/calculator'
import {
  CHOOSER_SETTINGS,
  choose,
  compareIds,
  DATA_LABELS,
  GOAL_LABELS,
  GPU_RANGE,
  ROLLOUT_GROUP,
  SIZE_RANGE,
  type Recipe,
} from '../../domain/decide/chooser'
import { DATA_KINDS, GOALS } from '../../domain/data/constants'
import { EXAMPLES_RANGE, type UrlNotice, type ViewState } from '../../domain/url/viewState'
import { NumberField } from './NumberField'
import { SelectField } from './SelectField'

export type ChooserState = Pick<ViewState, 'data' | 'gpu' | 'modelSize' | 'goal' | 'examples'>

type Link = { href: string; onClick: (event: MouseEvent<HTMLAnchorElement>) => void }

/** Links a result offers: its node in the map, its "use it" details, a comparison. */
export interface ChooserLinks {
  node: (id: string) => Link
  useIt: (id: string) => Link
  compare: (ids: string[]) => Link
  /** The calculator opened on these settings: a recipe's memory breakdown, part by part. */
  breakdown: (patch: Partial<ViewState>) => Link
}

/**
 * "Which method fits": the data you have, your GPU, model size and goal in; a ranked list of
 * recipes out, each with its reasons and where they come from, and the misfits apart with why.
 */
export function ChooserView({
  atlas,
  state,
  notices,
  onChange,
  links,
}: {
  atlas: Atlas
  state: ChooserState
  notices: readonly UrlNotice[]
  onChange: (patch: Partial<ViewState>, opts?: { replace?: boolean }) => void
  links: ChooserLinks
}) {
  const headingId = useId()
  const noticeFor = (param: string) =>
    notices
      .filter((n) => n.param === param)
      .map((n) => n.message)
      .join(' ') || undefined
  const result = useMemo(
    () =>
      choose(atlas, {
        data: state.data,
        gpu: state.gpu,
        modelSize: state.modelSize,
        goal: state.goal,
        ...(state.examples !== undefined ? { examples: state.examples } : {}),
      }),
    [atlas, state.data, state.gpu, state.modelSize, state.goal, state.examples],
  )
  const top = compareIds(result.fit)
  const memoryBound = result.unfit.filter((r) => r.blockedBy === 'memory')
  const dataBound = result.unfit.filter((r) => r.blockedBy === 'data')
  const name = (id: string) => atlas.techniques.get(id)?.name ?? id

  return (
    <section className="decide" aria-labelledby={headingId}>
      <h2 id={headingId}>Which method fits?</h2>
      <form className="decide-form" onSubmit={(event) => event.preventDefault()}>
        <SelectField
          label="Data you have"
          value={state.data}
          options={DATA_KINDS.map((d) => ({ value: d, label: DATA_LABELS[d] }))}
          message={noticeFor('data')}
          onChange={(data) => onChange({ data })}
        />
        <NumberField
          label="GPU memory"
          unit="GB"
          value={state.gpu}
          range={GPU_RANGE}
          linkMessage={noticeFor('gpu')}
          onCommit={(gpu) => gpu !== undefined && onChange({ gpu }, { replace: true })}
        />
        <NumberField
          label="Model size"
          unit="billion parameters"
          decimals
          value={state.modelSize}
          range={SIZE_RANGE}
          linkMessage={noticeFor('model-size')}
          onCommit={(modelSize) =>
            modelSize !== undefined && onChange({ modelSize }, { replace: true })
          }
        />
        <SelectField
          label="Goal"
          value={state.goal}
          options={GOALS.map((g) => ({ value: g, label: GOAL_LABELS[g] }))}
          message={noticeFor('goal')}
          onChange={(goal) => onChange({ goal })}
        />
        <NumberField
          label="Training examples"
          hint="Leave empty if you do not know yet."
          optional
          value={state.examples}
          range={EXAMPLES_RANGE}
          linkMessage={noticeFor('examples')}
          onCommit={(examples) => onChange({ examples }, { replace: true })}
        />
      </form>
      {result.advice.length ? (
        <div className="decide-advice" role="note">
          {result.advice.map((text) => (
            <p key={text}>{text}</p>
          ))}
        </div>
      ) : null}
      <p className="muted decide-assumptions">
        Memory is the calculator’s estimate for {result.proxy.name} ({result.proxy.id}), the bundled
        model nearest {state.modelSize} B parameters, with rank {CHOOSER_SETTINGS.rank} on all{' '}
        {TARGET_MODULES.length} linear layers, AdamW, one {CHOOSER_SETTINGS.sequence}-token sequence
        and gradient checkpointing; online RL samples {ROLLOUT_GROUP} completions per prompt. What
        fits is ranked as practitioners rank it: the goal, then quality and simplicity (full
        fine-tuning for a small model, 16-bit LoRA before QLoRA when both fit with room to spare),
        then fewer extra models, then less memory.
      </p>

      <h3 id={`${headingId}-fit`}>
        Fits ({result.fit.length})
        {top.length >= 2 ? (
          <>
            {' '}
            · <a {...links.compare(top)}>Compare {top.map(name).join(', ')}</a>
          </>
        ) : null}
      </h3>
      {result.fit.length ? (
        <ol className="recipe-list" aria-labelledby={`${headingId}-fit`}>
          {result.fit.map((r) => (
            <RecipeItem key={r.key} recipe={r} links={links} name={name} proxy={result.proxy.id} />
          ))}
        </ol>
      ) : (
        <p>Nothing fits these inputs; the list below says why each one does not.</p>
      )}

      <h3 id={`${headingId}-unfit`}>Does not fit your GPU ({memoryBound.length})</h3>
      {memoryBound.length ? (
        <ul className="misfit-list" aria-labelledby={`${headingId}-unfit`}>
          {memoryBound.map((r) => (
            <li key={r.key}>
              <a {...links.node(r.technique)}>{r.name}</a>: {r.blocker}.
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">None: everything that matches your data fits.</p>
      )}
      <details className="misfit-data">
        <summary>Needs other data ({dataBound.length})</summary>
        <ul className="misfit-list">
          {dataBound.map((r) => (
            <li key={r.key}>
              <a {...links.node(r.technique)}>{r.name}</a>: {r.blocker}.
            </li>
          ))}
        </ul>
      </details>
    </section>
  )
}

function RecipeItem({
  recipe,
  links,
  name,
  proxy,
}: {
  recipe: Recipe
  links: ChooserLinks
  name: (id: string) => string
  proxy: string
}) {
  const ids = [recipe.technique, recipe.parameterization].filter(
    (id, i, all): id is string => !!id && all.indexOf(id) === i,
  )
  return (
    <li className="recipe">
      <p className="recipe-head">
        <strong>{recipe.name}</strong> <span className="muted">· {formatBytes(recipe.bytes)}</span>
      </p>
      <ul className="recipe-reasons">
        {recipe.reasons.map((reason) => (
          <li key={reason.text} className={`reason reason-${reason.effect}`}>
            <span aria-hidden="true">
              {reason.effect === 'plus' ? '+ ' : reason.effect === 'minus' ? '− ' : '· '}
            </span>
            {reason.text} <span className="reason-from muted">({reason.from})</span>
          </li>
        ))}
      </ul>
      <p className="recipe-links">
        {recipe.parameterization ? (
          <>
            <a
              {...links.breakdown({
                // The chooser's own settings: the calculator shows the estimate it ranked by.
                model: proxy,
                method: recipe.parameterization,
                rank: CHOOSER_SETTINGS.rank,
                targets: CHOOSER_SETTINGS.targets,
                precision: 'auto',
                optimizer: CHOOSER_SETTINGS.optimizer,
                batch: recipe.batch,
                sequence: CHOOSER_SETTINGS.sequence,
                checkpointing: 'on',
              })}
            >
              Memory breakdown
            </a>{' '}
            ·{' '}
          </>
        ) : null}
        {ids.map((id, i) => (
          <span key={id}>
            {i ? ' · ' : null}
            <a {...links.node(id)}>{name(id)} in the map</a> ·{' '}
            <a {...links.useIt(id)}>Use {name(id)}</a>
          </span>
        ))}
      </p>
    </li>
  )
}
