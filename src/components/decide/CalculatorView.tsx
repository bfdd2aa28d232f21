import { useId, useMemo, type MouseEvent } from 'react'
import {
  BATCH_RANGE,
  calculate,
  formatBytes,
  LEFT_OUT,
  METHOD_FORMULAS,
  METHOD_LABELS,
  METHODS,
  OPTIMIZER_LABELS,
  OPTIMIZERS,
  PRECISION_LABELS,
  PRECISIONS,
  RANK_RANGE,
  SEQUENCE_RANGE,
  TARGET_MODULES,
  type MemoryPart,
} from '../../domain/calculator'
import { modelById } from '../../domain/models'
import type { Model } from '../../domain/schema'
import {
  CUSTOM_MODEL,
  DIMS_FIELDS,
  parseDims,
  type UrlNotice,
  type ViewState,
} from '../../domain/viewState'
import { useDraft } from '../useDraft'
import { NumberField } from './NumberField'
import { SelectField } from './SelectField'

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
>

type Link = { href: string; onClick: (event: MouseEvent<HTMLAnchorElement>) => void }

const PART_LABELS: Record<MemoryPart, string> = {
  weights: 'Model weights',
  adapters: 'Adapter weights',
  gradients: 'Gradients',
  optimizer: 'Optimizer state',
  activations: 'Activations',
}

const count = (n: number) => n.toLocaleString('en-US')

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
          })
        : undefined,
    [shape, state],
  )
  const full = state.method === 'full-fine-tuning'
  const formula = METHOD_FORMULAS[state.method]
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
            linkMessage={noticeFor('dims')}
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
            onCommit={(rank) => onChange({ rank }, { replace: true })}
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
          onCommit={(batch) => onChange({ batch }, { replace: true })}
        />
        <NumberField
          label="Sequence length"
          unit="tokens"
          value={state.sequence}
          range={SEQUENCE_RANGE}
          linkMessage={noticeFor('seq')}
          onCommit={(sequence) => onChange({ sequence }, { replace: true })}
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
      </form>

      {shape && result ? (
        <div className="decide-results">
          <p className="decide-source muted">
            {model ? (
              <>
                {model.name}: {model.layers} layers, hidden {count(model.hidden)}, MLP{' '}
                {count(model.intermediate)}, {model.heads} heads ({model.kvHeads} key/value),
                vocabulary {count(model.vocab)}
                {model.tiedEmbeddings ? ', tied embeddings' : ''}; read from its{' '}
                <a href={model.config} rel="noreferrer">
                  config.json
                </a>{' '}
                on {model.read}
                {model.readAt !== model.config ? (
                  <>
                    {' '}
                    (
                    <a href={model.readAt} rel="noreferrer">
                      where it was read
                    </a>
                    )
                  </>
                ) : null}
                .
              </>
            ) : (
              <>
                Custom shape, counted as a Llama-style block (query, key, value and output
                projections; gated MLP with gate, up and down projections; no biases) with untied
                embeddings.
              </>
            )}
          </p>
          <dl className="decide-summary">
            <div>
              <dt>Trainable parameters</dt>
              <dd data-testid="trainable">{count(result.trainable)}</dd>
            </div>
            <div>
              <dt>Share of the model</dt>
              <dd>
                {formatPercent(result.percent)} of {count(result.total)}
              </dd>
            </div>
            <div>
              <dt>Estimated total memory</dt>
              <dd data-testid="total-memory">{formatBytes(result.totalBytes)}</dd>
            </div>
          </dl>
          <p className="muted">
            <a {...techniqueLink(state.method)}>{METHOD_LABELS[state.method]}</a> trains{' '}
            {formula.formula} (
            <a href={formula.source.url} rel="noreferrer">
              {formula.source.label}
            </a>
            ).
          </p>
          <div
            className="table-wrap decide-table-wrap"
            tabIndex={0}
            aria-labelledby={`${headingId}-memory`}
          >
            <table className="technique-table decide-table">
              <caption id={`${headingId}-memory`}>
                Memory estimate for one GPU, GB = 2³⁰ bytes
              </caption>
              <thead>
                <tr>
                  <th scope="col">Part</th>
                  <th scope="col" className="numeric">
                    Memory
                  </th>
                  <th scope="col">Formula</th>
                  <th scope="col">Source</th>
                </tr>
              </thead>
              <tbody>
                {result.lines.map((l) => (
                  <tr key={l.part}>
                    <th scope="row">{PART_LABELS[l.part]}</th>
                    <td className="numeric">{formatBytes(l.bytes)}</td>
                    <td>{l.formula}</td>
                    <td>
                      <a href={l.source.url} rel="noreferrer">
                        {l.source.label}
                      </a>
                    </td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr className="decide-total">
                  <th scope="row">Total</th>
                  <td className="numeric">{formatBytes(result.totalBytes)}</td>
                  <td colSpan={2}>sum of the parts above</td>
                </tr>
              </tfoot>
            </table>
          </div>
          <p className="muted decide-symbols">
            s = sequence length, b = batch size, h = hidden size, L = layers, a = attention heads, r
            = rank.
          </p>
          <h3>What the estimate leaves out</h3>
          <ul className="decide-left-out">
            {LEFT_OUT.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        </div>
      ) : (
        <p>Enter the custom model’s dimensions to see the estimate.</p>
      )}
    </section>
  )
}

function formatPercent(p: number): string {
  if (p >= 10) return `${Math.round(p * 10) / 10} %`
  return `${Number(p.toPrecision(3))} %`
}

function shapeOf(model: ReturnType<typeof modelById>): ViewState['dims'] {
  if (!model) return undefined
  const { layers, hidden, intermediate, heads, kvHeads, vocab } = model
  return { layers, hidden, intermediate, heads, kvHeads, vocab, tiedEmbeddings: false }
}

function TargetsField({
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

function DimsField({
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
