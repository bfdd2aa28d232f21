import { useId, useMemo, type MouseEvent } from 'react'
import {
  BATCH_RANGE,
  calculate,
  METHOD_LABELS,
  METHODS,
  OPTIMIZER_LABELS,
  OPTIMIZERS,
  PRECISION_LABELS,
  PRECISIONS,
  RANK_RANGE,
  SEQUENCE_RANGE,
} from '../../domain/decide/calculator'
import { modelById } from '../../domain/decide/models'
import type { Model } from '../../domain/data/schema'
import { CUSTOM_MODEL, type UrlNotice, type ViewState } from '../../domain/url/viewState'
import { CalculatorResults } from './CalculatorResults'
import { DimsField, TargetsField } from './CalculatorFields'
import { NumberField } from './NumberField'
import { SelectField } from './SelectField'
import { TrainingSetupFields, type TrainingSetup } from './TrainingSetupFields'

export type CalculatorState = Pick<
  ViewState,
  | 'model'
  | 'dims'
  | 'method'
  | 'rank'
  | 'targets'
  | 'precision'
  | 'optimizer'
  | 'batch'
  | 'sequence'
  | 'checkpointing'
> &
  TrainingSetup

type Link = { href: string; onClick: (event: MouseEvent<HTMLAnchorElement>) => void }

/**
 * The memory and parameter calculator: inputs from the URL, results derived from them. Each
 * field shows beside it what was wrong with a typed value or with the link that opened it.
 */
export function CalculatorView({
  models,
  state,
  notices,
  onChange,
  techniqueLink,
}: {
  /** The bundled model shapes (they come with the dataset). */
  models: readonly Model[]
  state: CalculatorState
  notices: readonly UrlNotice[]
  onChange: (patch: Partial<ViewState>, opts?: { replace?: boolean }) => void
  techniqueLink: (id: string) => Link
}) {
  const headingId = useId()
  const noticeFor = (param: string) =>
    notices
      .filter((n) => n.param === param)
      .map((n) => n.message)
      .join(' ') || undefined
  const model = state.model === CUSTOM_MODEL ? undefined : modelById(models, state.model)
  const shape = model ?? state.dims
  const result = useMemo(
    () =>
      shape
        ? calculate({
            shape,
            method: state.method,
            rank: state.rank,
            targets: state.targets,
            precision: state.precision,
            optimizer: state.optimizer,
            batch: state.batch,
            sequence: state.sequence,
            checkpointing: state.checkpointing === 'on',
            attention: state.attention,
            adapterDtype: state.adapterDtype,
            dropout: state.dropout === 'on',
            loss: state.loss,
            gpus: state.gpus,
            sharding: state.sharding,
          })
        : undefined,
    [shape, state],
  )
  const full = state.method === 'full-fine-tuning'
  const precisionIssue = result?.issues.find((i) => i.field === 'precision')?.message

  return (
    <section className="decide" aria-labelledby={headingId}>
      <h2 id={headingId}>Memory and parameter calculator</h2>
      <form className="decide-form" onSubmit={(event) => event.preventDefault()}>
        <SelectField
          label="Model"
          value={state.model}
          options={[
            ...models.map((m) => ({ value: m.id, label: `${m.name} (${m.id})` })),
            { value: CUSTOM_MODEL, label: 'Custom dimensions' },
          ]}
          message={noticeFor('model')}
          onChange={(value) =>
            onChange(
              value === CUSTOM_MODEL
                ? { model: value, dims: state.dims ?? shapeOf(model) }
                : { model: value, dims: undefined },
            )
          }
        />
        {state.model === CUSTOM_MODEL ? (
          <DimsField
            value={state.dims}
            linkMessage={
              [
                noticeFor('dims'),
                ...(result?.issues ?? [])
                  .filter((i) => i.field.startsWith('shape'))
                  .map((i) => i.message),
              ]
                .filter(Boolean)
                .join(' ') || undefined
            }
            onCommit={(dims) => onChange({ dims }, { replace: true })}
          />
        ) : null}
        <SelectField
          label="Method"
          value={state.method}
          options={METHODS.map((m) => ({ value: m, label: METHOD_LABELS[m] }))}
          message={noticeFor('method')}
          onChange={(method) => onChange({ method })}
        />
        {full ? null : (
          <NumberField
            label="Rank r"
            value={state.rank}
            range={RANK_RANGE}
            linkMessage={noticeFor('rank')}
            onCommit={(rank) => rank !== undefined && onChange({ rank }, { replace: true })}
          />
        )}
        {full ? null : (
          <TargetsField
            value={state.targets}
            message={noticeFor('targets')}
            onChange={(targets) => onChange({ targets })}
          />
        )}
        <SelectField
          label="Base weights"
          value={state.precision}
          options={PRECISIONS.map((p) => ({ value: p, label: PRECISION_LABELS[p] }))}
          message={[noticeFor('precision'), precisionIssue].filter(Boolean).join(' ') || undefined}
          onChange={(precision) => onChange({ precision })}
        />
        <SelectField
          label="Optimizer"
          value={state.optimizer}
          options={OPTIMIZERS.map((o) => ({ value: o, label: OPTIMIZER_LABELS[o] }))}
          message={noticeFor('optimizer')}
          onChange={(optimizer) => onChange({ optimizer })}
        />
        <NumberField
          label="Batch size"
          value={state.batch}
          range={BATCH_RANGE}
          linkMessage={noticeFor('batch')}
          onCommit={(batch) => batch !== undefined && onChange({ batch }, { replace: true })}
        />
        <NumberField
          label="Sequence length"
          unit="tokens"
          value={state.sequence}
          range={SEQUENCE_RANGE}
          linkMessage={noticeFor('seq')}
          onCommit={(sequence) =>
            sequence !== undefined && onChange({ sequence }, { replace: true })
          }
        />
        <div className="field field-check">
          <input
            id={`${headingId}-ckpt`}
            type="checkbox"
            checked={state.checkpointing === 'on'}
            onChange={(event) => onChange({ checkpointing: event.target.checked ? 'on' : 'off' })}
          />
          <label htmlFor={`${headingId}-ckpt`}>Gradient checkpointing</label>
        </div>
        <TrainingSetupFields state={state} full={full} noticeFor={noticeFor} onChange={onChange} />
      </form>

      {shape && result ? (
        <CalculatorResults
          model={model}
          result={result}
          method={state.method}
          techniqueLink={techniqueLink}
        />
      ) : (
        <p>Enter the custom model’s dimensions to see the estimate.</p>
      )}
    </section>
  )
}

function shapeOf(model: ReturnType<typeof modelById>): ViewState['dims'] {
  if (!model) return undefined
  const { layers, hidden, intermediate, heads, kvHeads, vocab } = model
  return { layers, hidden, intermediate, heads, kvHeads, vocab, tiedEmbeddings: false }
}
