/** The reference figures against the calculator: computed once, printed as the README's table. */
import { calculate } from '../../src/domain/decide/calculator'
import type { Model } from '../../src/domain/data/schema'
import { MEMORY_REFERENCES, type MemoryReference } from './memoryReference'

const UNIT = { GB: 1e9, GiB: 2 ** 30, MB: 1e6 }

export interface ReferenceRow {
  ref: MemoryReference
  /** The published figure and the calculator's, in bytes (the same quantity, see `reading`). */
  published: number
  calculated: number
  /** calculated ÷ published − 1 */
  error: number
}

/** Each reference row beside the calculator's figure for the same settings. */
export function referenceRows(models: readonly Model[]): ReferenceRow[] {
  return MEMORY_REFERENCES.map((ref) => {
    const model = models.find((m) => m.id === ref.model)
    if (!model) throw new Error(`${ref.id}: no bundled model ${ref.model}`)
    const result = calculate({ shape: { ...model, ...ref.shape }, ...ref.settings })
    if (!result.valid)
      throw new Error(`${ref.id}: ${result.issues.map((i) => i.message).join(' ')}`)
    const runtime = result.lines.find((l) => l.part === 'runtime')?.bytes ?? 0
    // A max_memory_allocated reading holds neither the CUDA context nor the allocator's cache.
    const calculated = ref.reading === 'allocated' ? result.totalBytes - runtime : result.totalBytes
    const published = ref.figure.value * UNIT[ref.figure.unit]
    return { ref, published, calculated, error: calculated / published - 1 }
  })
}

const gb = (bytes: number) => (bytes / 1e9).toFixed(1)

/** The README's table (GB = 10⁹ bytes, as most sources write them). */
export function referenceTable(rows: readonly ReferenceRow[]): string {
  const lines = [
    '| Source | Model | Settings | Published | Calculated | Difference |',
    '| --- | --- | --- | --- | --- | --- |',
  ]
  for (const { ref, published, calculated, error } of rows) {
    const s = ref.settings
    const settings = [
      s.method,
      s.method === 'full-fine-tuning' ? '' : `r ${s.rank}`,
      s.precision === 'auto' ? '' : s.precision,
      `b ${s.batch} × ${s.sequence}`,
      s.checkpointing ? 'checkpointing' : '',
      s.gpus && s.gpus > 1 ? `${s.gpus} GPUs ${s.sharding}` : '',
      ref.reading,
    ]
      .filter(Boolean)
      .join(', ')
    const diff = ref.unreproducible
      ? `not reproducible: ${ref.unreproducible}`
      : `${error >= 0 ? '+' : '−'}${Math.abs(Math.round(error * 100))} %${ref.bound ? ' (GPU capacity)' : ''}`
    lines.push(
      `| [${ref.source}](${ref.url}) | ${ref.model} | ${settings} | ${gb(published)} | ${gb(calculated)} | ${diff} |`,
    )
  }
  return lines.join('\n')
}
