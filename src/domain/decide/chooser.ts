/**
 * The "which method fits" chooser: from the data you have, your GPU and model size and your
 * goal, ranks training recipes (a parameterization alone, an objective on a parameterization,
 * or a merge) with every reason traced to a `decision` trait in data/ and to the calculator's
 * estimate for that size.
 */
import type { Atlas } from '../data/atlas.ts'
import { formatBytes, GIB, METHOD_LABELS, type Method } from './calculator.ts'
import {
  DATA_LABELS,
  dataAdvice,
  generalAdvice,
  goalReason,
  HEADROOM,
  quality,
} from './chooserAdvice.ts'
export { DATA_LABELS, GOAL_LABELS } from './chooserAdvice.ts'
import {
  copyBytes,
  estimate,
  field,
  recipeMemory,
  ROLLOUT_GROUP,
  type Reason,
} from './chooserMemory.ts'
import type { DataKind, Goal } from '../data/constants.ts'
import type { Decision, Model } from '../data/schema.ts'
import { nearestModel, recipeName } from './chooserNames.ts'

export { CHOOSER_SETTINGS, ROLLOUT_GROUP } from './chooserMemory.ts'
export { compareIds } from './chooserNames.ts'
export type { Reason } from './chooserMemory.ts'
export { nearestModel } from './chooserNames.ts'

export { GPU_RANGE, SIZE_RANGE } from './decideOptions.ts'

/** Techniques that decide which weights train (and in what precision), as calculator methods. */
const PARAMETERIZATIONS: readonly Method[] = ['full-fine-tuning', 'lora', 'dora', 'qlora']
/** Parameterizations an objective is combined with. */
const OBJECTIVE_BASES: readonly Method[] = ['full-fine-tuning', 'lora', 'qlora']

export interface ChooserInput {
  data: DataKind
  gpu: number
  modelSize: number
  goal: Goal
  /** How many training examples (prompts, pairs…) there are, when known. */
  examples?: number
}

export interface Recipe {
  /** Stable key: `qlora+dpo`, `lora`, `ties`. */
  key: string
  name: string
  /** The technique whose objective trains (or the parameterization, for plain fine-tuning). */
  technique: string
  /** The parameterization, when there is one. */
  parameterization?: Method
  fits: boolean
  bytes: number
  /** Sequences per step in its estimate (a group of rollouts for online RL). */
  batch: number
  score: number
  reasons: Reason[]
  /** Why it does not fit, in a few words (for the "doesn't fit" list). */
  blocker?: string
  /** Whether it is held back by the memory it needs or by the data it trains from. */
  blockedBy?: 'memory' | 'data'
}

export interface ChooserResult {
  /** The bundled model whose shape stands in for the size asked. */
  proxy: Model
  fit: Recipe[]
  unfit: Recipe[]
  /** What to consider before or beside any recipe (the amount of data, no data at all). */
  advice: string[]
}

/** Every recipe the dataset's decision traits allow, scored for the input. */
export function choose(atlas: Atlas, input: ChooserInput): ChooserResult {
  const proxy = nearestModel(atlas.data.models, input.modelSize)
  const gpuBytes = input.gpu * GIB
  const decisions = [...atlas.techniques.values()].filter((t) => t.decision)
  const recipes: Recipe[] = []
  const paramDecision = (m: Method | undefined) =>
    m ? atlas.techniques.get(m)?.decision : undefined

  const build = (
    key: string,
    technique: string,
    decision: Decision,
    method: Method | undefined,
    objective: string | undefined,
  ) => {
    const reasons: Reason[] = []
    let score = 0
    let blocker: string | undefined
    let blockedBy: 'memory' | 'data' | undefined
    const dataFrom = field(technique, 'data')
    if (decision.data !== input.data) {
      blocker =
        decision.data === 'none'
          ? 'merges finished fine-tuned models instead of training on data'
          : `needs ${DATA_LABELS[decision.data].toLowerCase()}`
      blockedBy = 'data'
      reasons.push({
        text: `Needs ${DATA_LABELS[decision.data].toLowerCase()}; you have ${DATA_LABELS[input.data].toLowerCase()}.`,
        from: dataFrom,
        effect: 'minus',
      })
    } else {
      reasons.push({
        text: `Trains from ${DATA_LABELS[decision.data].toLowerCase()}, which you have.`,
        from: dataFrom,
        effect: 'plus',
      })
    }
    const goal = goalReason(input.goal, technique, method, decision, !!paramDecision(method))
    score += goal.score
    reasons.push(goal.reason)

    let bytes: number
    if (method) {
      const memory = recipeMemory(proxy, method, decision, objective, input.data)
      bytes = memory.bytes
      reasons.push(...memory.reasons)
      score -= memory.reasons.filter((r) => r.effect === 'minus').length * 0.5
      if (decision.rewardModel && input.data !== 'rewards') score -= 1
      if (decision.valueModel) score -= 1
      const fits = bytes <= gpuBytes
      if (fits) {
        const q = quality(method, input.modelSize)
        score += q.score
        reasons.push({
          text: q.text,
          from: `techniques.json › ${method} › decision.role`,
          effect: 'plus',
        })
        const d = dataAdvice(method, input.examples)
        if (d) {
          score += d.score
          reasons.push({
            text: d.text,
            from: 'examples',
            effect: d.score > 0 ? 'plus' : d.score < 0 ? 'minus' : 'neutral',
          })
        }
        if (bytes > HEADROOM * gpuBytes) {
          score -= 1
          reasons.push({
            text: `Takes over ${Math.round(HEADROOM * 100)} % of the GPU: little room for longer sequences or bigger batches.`,
            from: 'calculator',
            effect: 'minus',
          })
        }
      }
      reasons.push({
        text: `Estimated ${formatBytes(bytes)} with ${METHOD_LABELS[method]} on a ${formatGb(input.gpu)} GPU (${proxy.name} shape)${fits ? '' : ': does not fit'}.`,
        from: 'calculator',
        effect: fits ? 'plus' : 'minus',
      })
      if (!fits && !blocker) {
        blockedBy = 'memory'
        const plain = estimate(
          proxy,
          method,
          decision.onlineSampling ? ROLLOUT_GROUP : 1,
        ).totalBytes
        const extra = bytes / plain
        const rewardModel = decision.rewardModel && input.data !== 'rewards'
        blocker =
          rewardModel || decision.valueModel
            ? `needs ${[rewardModel && 'a reward model', decision.valueModel && 'a value model'].filter(Boolean).join(' and ')}: ~${round1(extra)}× memory (${formatBytes(bytes)})`
            : `needs ${formatBytes(bytes)}, more than ${formatGb(input.gpu)}`
      }
    } else {
      reasons.push({
        text: 'Merges already fine-tuned checkpoints: no gradients, optimizer state or training data.',
        from: field(technique, 'role'),
        effect: 'neutral',
      })
      bytes = copyBytes(proxy)
      if (bytes > gpuBytes && !blocker) {
        blocker = `one 16-bit copy needs ${formatBytes(bytes)}`
        blockedBy = 'memory'
      }
    }
    recipes.push({
      key,
      name: recipeName(method, atlas, objective ?? (method ? undefined : technique)),
      technique,
      ...(method ? { parameterization: method } : {}),
      fits: !blocker,
      bytes,
      batch: method && decision.onlineSampling ? ROLLOUT_GROUP : 1,
      score,
      reasons,
      ...(blocker ? { blocker, blockedBy } : {}),
    })
  }

  for (const t of decisions) {
    const d = t.decision!
    if (d.role === 'parameterization') {
      if ((PARAMETERIZATIONS as readonly string[]).includes(t.id))
        build(t.id, t.id, d, t.id as Method, undefined)
    } else if (d.role === 'objective') {
      for (const m of OBJECTIVE_BASES) {
        if (!atlas.techniques.get(m)?.decision) continue
        build(m === 'full-fine-tuning' ? t.id : `${m}+${t.id}`, t.id, d, m, t.id)
      }
    } else build(t.id, t.id, d, undefined, undefined)
  }

  // Best first: goal and simplicity (score), then less memory (room for longer sequences and
  // bigger batches), then name, so equal inputs always give the same order.
  const order = (a: Recipe, b: Recipe) =>
    b.score - a.score || a.bytes - b.bytes || a.name.localeCompare(b.name)
  return {
    proxy,
    advice: generalAdvice(input),
    fit: recipes.filter((r) => r.fits).sort(order),
    // What only memory holds back first: those are the ones a bigger GPU or a smaller model frees.
    unfit: recipes
      .filter((r) => !r.fits)
      .sort(
        (a, b) => Number(a.blockedBy === 'data') - Number(b.blockedBy === 'data') || order(a, b),
      ),
  }
}

function round1(n: number): number {
  return Math.round(n * 10) / 10
}

function formatGb(gb: number): string {
  return `${gb} GB`
}
