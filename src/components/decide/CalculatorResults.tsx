import { useId, type MouseEvent } from 'react'
import {
  formatBytes,
  LEFT_OUT,
  METHOD_FORMULAS,
  METHOD_LABELS,
  type CalculatorResult,
  type MemoryPart,
  type Method,
} from '../../domain/decide/calculator'
import type { Model } from '../../domain/data/schema'

type Link = { href: string; onClick: (event: MouseEvent<HTMLAnchorElement>) => void }

const PART_LABELS: Record<MemoryPart, string> = {
  weights: 'Model weights',
  adapters: 'Adapter weights',
  gradients: 'Gradients',
  optimizer: 'Optimizer state',
  activations: 'Activations',
  logits: 'Logits and loss',
  runtime: 'Runtime allowance',
}

const count = (n: number) => n.toLocaleString('en-US')

/** The calculator's answer: the model read, the parameter counts, memory part by part. */
export function CalculatorResults({
  model,
  result,
  method,
  techniqueLink,
}: {
  /** The bundled model, or none for custom dimensions. */
  model: Model | undefined
  result: CalculatorResult
  method: Method
  techniqueLink: (id: string) => Link
}) {
  const headingId = useId()
  const formula = METHOD_FORMULAS[method]
  if (!result.valid)
    return (
      <div className="decide-results" role="status">
        <p>No estimate until these are corrected:</p>
        <ul>
          {result.issues
            .filter((i) => i.kind === 'error')
            .map((i) => (
              <li key={i.field + i.message}>{i.message}</li>
            ))}
        </ul>
      </div>
    )
  return (
    <div className="decide-results">
      <p className="decide-source muted">
        {model ? (
          <>
            {model.name}: {model.layers} layers, hidden {count(model.hidden)}, MLP{' '}
            {count(model.intermediate)}, {model.heads} heads ({model.kvHeads} key/value), vocabulary{' '}
            {count(model.vocab)}
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
            Custom shape, counted as a Llama-style block (query, key, value and output projections;
            gated MLP with gate, up and down projections; no biases) with untied embeddings.
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
        <a {...techniqueLink(method)}>{METHOD_LABELS[method]}</a> trains {formula.formula} (
        <a href={formula.source.url} rel="noreferrer">
          {formula.source.label}
        </a>
        ).
      </p>
      <div
        className="table-wrap decide-table-wrap"
        tabIndex={0}
        role="region"
        aria-labelledby={`${headingId}-memory`}
      >
        <table className="technique-table decide-table">
          <caption id={`${headingId}-memory`}>Memory estimate for one GPU, GB = 2³⁰ bytes</caption>
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
        Tokens = batch size × sequence length; r = rank. The peak holds the activations or the
        gradients that replace them in the backward pass, whichever is larger. Checked against 30
        published measurements (see the README): every reproducible one within 15 %.
      </p>
      <h3>What the estimate leaves out</h3>
      <ul className="decide-left-out">
        {LEFT_OUT.map((text) => (
          <li key={text}>{text}</li>
        ))}
      </ul>
    </div>
  )
}

function formatPercent(p: number): string {
  if (p >= 10) return `${Math.round(p * 10) / 10} %`
  return `${Number(p.toPrecision(3))} %`
}
