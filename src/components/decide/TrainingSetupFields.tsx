import { useId } from 'react'
import {
  ADAPTER_DTYPES,
  ATTENTIONS,
  GPUS_RANGE,
  LOSS_KINDS,
  SHARDINGS,
} from '../../domain/decide/decideOptions'
import type { ViewState } from '../../domain/url/viewState'
import { NumberField } from './NumberField'
import { SelectField } from './SelectField'

export type TrainingSetup = Pick<
  ViewState,
  'attention' | 'adapterDtype' | 'dropout' | 'loss' | 'gpus' | 'sharding'
>

const ATTENTION_LABELS = {
  fused: 'Fused (FlashAttention, SDPA)',
  eager: 'Eager (keeps the score matrix)',
} as const
const DTYPE_LABELS = { bf16: 'bf16', fp32: 'fp32 (PEFT’s default)' } as const
const LOSS_LABELS = {
  standard: 'Cross-entropy over all logits',
  chunked: 'Fused, chunked cross-entropy',
} as const
const SHARDING_LABELS = {
  none: 'None (each GPU holds everything)',
  zero1: 'ZeRO-1: optimizer state',
  zero2: 'ZeRO-2: + gradients',
  zero3: 'ZeRO-3 / FSDP: + weights',
} as const

/** How the training runs: kernels, adapter precision, loss, and GPUs sharing the work. */
export function TrainingSetupFields({
  state,
  full,
  noticeFor,
  onChange,
}: {
  state: TrainingSetup
  /** Full fine-tuning has no adapters, so no adapter fields. */
  full: boolean
  noticeFor: (param: string) => string | undefined
  onChange: (patch: Partial<ViewState>, opts?: { replace?: boolean }) => void
}) {
  const id = useId()
  return (
    <>
      <SelectField
        label="Attention"
        value={state.attention}
        options={ATTENTIONS.map((a) => ({ value: a, label: ATTENTION_LABELS[a] }))}
        message={noticeFor('attention')}
        onChange={(attention) => onChange({ attention })}
      />
      {full ? null : (
        <SelectField
          label="Adapter dtype"
          value={state.adapterDtype}
          options={ADAPTER_DTYPES.map((d) => ({ value: d, label: DTYPE_LABELS[d] }))}
          message={noticeFor('adapter-dtype')}
          onChange={(adapterDtype) => onChange({ adapterDtype })}
        />
      )}
      <SelectField
        label="Loss"
        value={state.loss}
        options={LOSS_KINDS.map((l) => ({ value: l, label: LOSS_LABELS[l] }))}
        message={noticeFor('loss')}
        onChange={(loss) => onChange({ loss })}
      />
      <NumberField
        label="GPUs"
        value={state.gpus}
        range={GPUS_RANGE}
        linkMessage={noticeFor('gpus')}
        onCommit={(gpus) => gpus !== undefined && onChange({ gpus }, { replace: true })}
      />
      <SelectField
        label="Sharding across GPUs"
        value={state.sharding}
        options={SHARDINGS.map((s) => ({ value: s, label: SHARDING_LABELS[s] }))}
        message={noticeFor('sharding')}
        onChange={(sharding) => onChange({ sharding })}
      />
      {full ? null : (
        <div className="field field-check">
          <input
            id={`${id}-dropout`}
            type="checkbox"
            checked={state.dropout === 'on'}
            onChange={(event) => onChange({ dropout: event.target.checked ? 'on' : 'off' })}
          />
          <label htmlFor={`${id}-dropout`}>Adapter dropout</label>
        </div>
      )}
    </>
  )
}
