/**
 * The "which method fits" chooser: from the data you have, your GPU and model size and your
 * goal, ranks training recipes (a parameterization alone, an objective on a parameterization,
 * or a merge) with every reason traced to a `decision` trait in data/ and to the calculator's
 * estimate for that size.
 */
import type { Atlas } from './atlas.ts'
import {
  baseParameters,
  calculate,
  formatBytes,
  GIB,
  METHOD_LABELS,
  TARGET_MODULES,
  type CalculatorResult,
  type Method,
} from './calculator.ts'
import type { DataKind, Goal } from './constants.ts'
import type { Decision, Model } from './schema.ts'

export const DATA_LABELS: Record<DataKind, string> = {
  demonstrations: 'Demonstrations (prompt and response pairs)',
  preferences: 'Preferences (chosen and rejected responses)',
  unpaired: 'Unpaired feedback (each response marked good or bad)',
  rewards: 'Rewards (a reward function or verifier)',
  none: 'No training data',
}

export const GOAL_LABELS: Record<Goal, string> = {
  instructions: 'Follow instructions',
  preferences: 'Align to preferences',
  reasoning: 'Reason and verify',
  domain: 'Adapt to a domain',
  'many-adapters': 'Serve many adapters',
}

export { GPU_RANGE, SIZE_RANGE } from './decideOptions.ts'

/** Techniques that decide which weights train (and in what precision), as calculator methods. */
const PARAMETERIZATIONS: readonly Method[] = ['full-fine-tuning', 'lora', 'dora', 'qlora']
/** Parameterizations an objective is combined with. */
const OBJECTIVE_BASES: readonly Method[] = ['full-fine-tuning', 'lora', 'qlora']

/** The training settings every estimate in the chooser assumes (stated in the view). */
export const CHOOSER_SETTINGS = {
  rank: 16,
  targets: TARGET_MODULES,
  optimizer: 'adamw',
  batch: 1,
  sequence: 1024,
  checkpointing: true,
} as const

export interface ChooserInput {
  data: DataKind
  gpu: number
  modelSize: number
  goal: Goal
}

/** One reason a recipe ranks where it does: its words and the data field it comes from. */
export interface Reason {
  text: string
  /** `techniques.json › dpo › decision.referenceModel`, or `calculator` for an estimate. */
  from: string
  effect: 'plus' | 'minus' | 'neutral'
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
}

const field = (id: string, key: keyof Decision) => `techniques.json › ${id} › decision.${key}`

/** A 16-bit copy of a model of the proxy's size. */
function copyBytes(proxy: Model): number {
  return 2 * baseParameters(proxy)
}

function estimate(proxy: Model, method: Method): CalculatorResult {
  return calculate({ shape: proxy, method, precision: 'auto', ...CHOOSER_SETTINGS })
}

/** The memory a recipe needs: the calculator's estimate plus the extra models its objective holds. */
function recipeMemory(
  proxy: Model,
  method: Method,
  decision: Decision,
  objectiveId: string | undefined,
): { bytes: number; reasons: Reason[] } {
  const base = estimate(proxy, method)
  const reasons: Reason[] = []
  const byPart = Object.fromEntries(base.lines.map((l) => [l.part, l.bytes]))
  let bytes = base.totalBytes
  const from = objectiveId ?? method
  if (
    decision.data === 'preferences' &&
    decision.role === 'objective' &&
    !decision.onlineSampling
  ) {
    // Each example is a chosen and a rejected response, both run through the model.
    bytes += byPart.activations ?? 0
    reasons.push({
      text: `Runs the chosen and the rejected response of each pair: activations counted twice (+${formatBytes(byPart.activations ?? 0)}).`,
      from: field(from, 'data'),
      effect: 'neutral',
    })
  }
  if (decision.referenceModel) {
    if (method === 'full-fine-tuning') {
      bytes += copyBytes(proxy)
      reasons.push({
        text: `Keeps a frozen reference model: a second 16-bit copy (+${formatBytes(copyBytes(proxy))}).`,
        from: field(from, 'referenceModel'),
        effect: 'minus',
      })
    } else {
      reasons.push({
        text: 'Keeps a reference model: the frozen base with the adapters switched off, so no extra copy, but one extra forward pass per step.',
        from: field(from, 'referenceModel'),
        effect: 'minus',
      })
    }
  }
  if (decision.rewardModel) {
    bytes += copyBytes(proxy)
    reasons.push({
      text: `Needs a reward model: assumed the policy’s size, in 16-bit (+${formatBytes(copyBytes(proxy))}).`,
      from: field(from, 'rewardModel'),
      effect: 'minus',
    })
  }
  if (decision.valueModel) {
    const critic = base.totalBytes - (byPart.activations ?? 0)
    bytes += critic
    reasons.push({
      text: `Trains a value model (critic) beside the policy: another trainable copy (+${formatBytes(critic)}).`,
      from: field(from, 'valueModel'),
      effect: 'minus',
    })
  }
  if (decision.onlineSampling)
    reasons.push({
      text: 'Samples new outputs from the model while training (generation time and its key/value cache are not counted).',
      from: field(from, 'onlineSampling'),
      effect: 'minus',
    })
  return { bytes, reasons }
}

function recipeName(method: Method | undefined, atlas: Atlas, objective?: string): string {
  const obj = objective ? (atlas.techniques.get(objective)?.name ?? objective) : undefined
  if (!method) return obj ?? ''
  if (!obj) return `${METHOD_LABELS[method]} (supervised)`
  return method === 'full-fine-tuning' ? `${obj} (full model)` : `${METHOD_LABELS[method]} + ${obj}`
}

/** Every recipe the dataset's decision traits allow, scored for the input. */
export function choose(atlas: Atlas, input: ChooserInput): ChooserResult {
  const proxy = nearestModel(atlas.data.models, input.modelSize)
  const gpuBytes = input.gpu * GIB
  const decisions = [...atlas.techniques.values()].filter((t) => t.decision)
  const recipes: Recipe[] = []

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
    const goals = new Set(decision.goals)
    const paramDecision = method ? atlas.techniques.get(method)?.decision : undefined
    if (input.goal === 'many-adapters') {
      if (method && method !== 'full-fine-tuning' && paramDecision) {
        score += 2
        reasons.push({
          text: `${METHOD_LABELS[method]} trains a small adapter over a shared frozen base, so many can be served from one model.`,
          from: `techniques.json › ${method} › decision.role`,
          effect: 'plus',
        })
      } else
        reasons.push({
          text: 'Produces a whole new model rather than a small adapter.',
          from: method ? `techniques.json › ${method} › decision.role` : field(technique, 'role'),
          effect: 'minus',
        })
    } else if (goals.has(input.goal)) {
      score += 2
      reasons.push({
        text: `Its paper evaluates it for “${GOAL_LABELS[input.goal].toLowerCase()}”.`,
        from: field(technique, 'goals'),
        effect: 'plus',
      })
    } else
      reasons.push({
        text: `Its paper does not evaluate it for “${GOAL_LABELS[input.goal].toLowerCase()}”.`,
        from: field(technique, 'goals'),
        effect: 'minus',
      })

    let bytes: number
    if (method) {
      const memory = recipeMemory(proxy, method, decision, objective)
      bytes = memory.bytes
      reasons.push(...memory.reasons)
      score -= memory.reasons.filter((r) => r.effect === 'minus').length * 0.5
      if (decision.rewardModel) score -= 1
      if (decision.valueModel) score -= 1
      const fits = bytes <= gpuBytes
      reasons.push({
        text: `Estimated ${formatBytes(bytes)} with ${METHOD_LABELS[method]} on a ${formatGb(input.gpu)} GPU (${proxy.name} shape)${fits ? '' : ': does not fit'}.`,
        from: 'calculator',
        effect: fits ? 'plus' : 'minus',
      })
      if (!fits && !blocker) {
        blockedBy = 'memory'
        const plain = estimate(proxy, method).totalBytes
        const extra = bytes / plain
        blocker =
          decision.rewardModel || decision.valueModel
            ? `needs ${[decision.rewardModel && 'a reward model', decision.valueModel && 'a value model'].filter(Boolean).join(' and ')}: ~${round1(extra)}× memory (${formatBytes(bytes)})`
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
    fit: recipes.filter((r) => r.fits).sort(order),
    // What only memory holds back first: those are the ones a bigger GPU or a smaller model frees.
    unfit: recipes
      .filter((r) => !r.fits)
      .sort(
        (a, b) => Number(a.blockedBy === 'data') - Number(b.blockedBy === 'data') || order(a, b),
      ),
  }
}

/** Technique ids for comparing the top recipes (2–3 distinct ones, or none). */
export function compareIds(fit: readonly Recipe[]): string[] {
  const ids: string[] = []
  for (const r of fit) {
    if (!ids.includes(r.technique)) ids.push(r.technique)
    if (ids.length === 3) break
  }
  if (ids.length < 2)
    for (const r of fit) {
      if (r.parameterization && !ids.includes(r.parameterization)) ids.push(r.parameterization)
      if (ids.length === 3) break
    }
  return ids.length >= 2 ? ids : []
}

function round1(n: number): number {
  return Math.round(n * 10) / 10
}

function formatGb(gb: number): string {
  return `${gb} GB`
}

/** The bundled model whose parameter count is nearest `billions` (on a log scale). */
export function nearestModel(models: readonly Model[], billions: number): Model {
  const target = Math.log(billions * 1e9)
  let best = models[0]!
  let bestDistance = Infinity
  for (const m of models) {
    const distance = Math.abs(Math.log(baseParameters(m)) - target)
    if (distance < bestDistance) {
      best = m
      bestDistance = distance
    }
  }
  return best
}
