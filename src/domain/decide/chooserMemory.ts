/**
 * What a chooser recipe needs in memory: the calculator's estimate under the chooser's settings,
 * plus what its objective holds besides the policy (a reference, reward or value model) and, for
 * online RL, the rollouts it samples. Pure.
 */
import {
  baseParameters,
  calculate,
  formatBytes,
  TARGET_MODULES,
  type CalculatorResult,
  type Method,
} from './calculator.ts'
import type { DataKind } from '../data/constants.ts'
import type { Decision, Model } from '../data/schema.ts'

/** One reason a recipe ranks where it does: its words and the data field it comes from. */
export interface Reason {
  text: string
  /** `techniques.json › dpo › decision.referenceModel`, or `calculator` for an estimate. */
  from: string
  effect: 'plus' | 'minus' | 'neutral'
}

export const field = (id: string, key: keyof Decision) =>
  `techniques.json › ${id} › decision.${key}`

/** The training settings every estimate in the chooser assumes (stated in the view). */
export const CHOOSER_SETTINGS = {
  rank: 16,
  targets: TARGET_MODULES,
  optimizer: 'adamw',
  batch: 1,
  sequence: 1024,
  checkpointing: true,
} as const

/**
 * Online RL (GRPO and kin): completions sampled per prompt, trained on together (TRL's
 * GRPOConfig default `num_generations` = 8), each CHOOSER_SETTINGS.sequence tokens long.
 */
export const ROLLOUT_GROUP = 8

/** A 16-bit copy of a model of the proxy's size. */
export function copyBytes(proxy: Model): number {
  return 2 * baseParameters(proxy)
}

export function estimate(proxy: Model, method: Method, batch = 1): CalculatorResult {
  return calculate({ shape: proxy, method, precision: 'auto', ...CHOOSER_SETTINGS, batch })
}

/** Key/value cache bytes for one token while sampling (16-bit keys and values, every block). */
export function kvCacheBytesPerToken(shape: Model): number {
  return 2 * 2 * shape.layers * shape.kvHeads * (shape.headDim ?? shape.hidden / shape.heads)
}

/** The memory a recipe needs: the calculator's estimate plus the extra models its objective holds. */
export function recipeMemory(
  proxy: Model,
  method: Method,
  decision: Decision,
  objectiveId: string | undefined,
  data: DataKind,
): { bytes: number; reasons: Reason[] } {
  // Online RL trains on a group of sampled completions per prompt at once.
  const group = decision.onlineSampling ? ROLLOUT_GROUP : 1
  const base = estimate(proxy, method, group)
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
  // With a reward function or verifier of your own, nothing learned scores the samples.
  if (decision.rewardModel && data === 'rewards')
    reasons.push({
      text: 'Scores samples with your reward function or verifier: no reward model is held (its paper trained one).',
      from: field(from, 'rewardModel'),
      effect: 'neutral',
    })
  else if (decision.rewardModel) {
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
  if (decision.onlineSampling) {
    const tokens = ROLLOUT_GROUP * CHOOSER_SETTINGS.sequence
    const cache = kvCacheBytesPerToken(proxy) * tokens
    bytes += cache
    reasons.push({
      text: `Samples ${ROLLOUT_GROUP} completions per prompt while training: their key/value cache (+${formatBytes(cache)}), and activations and logits for all ${ROLLOUT_GROUP} in the training pass.`,
      from: field(from, 'onlineSampling'),
      effect: 'minus',
    })
  }
  return { bytes, reasons }
}
