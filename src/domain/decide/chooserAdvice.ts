/** How the chooser weighs a parameterization and the amount of data, as practitioners do. Pure. */
import { METHOD_LABELS, type Method } from './calculator.ts'
import { field, type Reason } from './chooserMemory.ts'
import type { Decision } from '../data/schema.ts'
import type { DataKind, Goal } from '../data/constants.ts'

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

/** Above this share of the GPU, a recipe leaves no room for longer sequences or bigger batches. */
export const HEADROOM = 0.85
/** Largest model (billions) for which full fine-tuning is the first choice when it fits. */
export const SMALL_MODEL = 3

/**
 * What a parameterization is worth when memory allows, as practitioners rank them: updating
 * every weight is best for a small model; above that, 16-bit LoRA matches it on most tasks far
 * more cheaply; DoRA adds a magnitude vector and compute; QLoRA trades some speed and a little
 * quality for a 4-bit base, so it is for when 16-bit does not fit.
 */
export function quality(method: Method, billions: number): { score: number; text: string } {
  switch (method) {
    case 'full-fine-tuning':
      return billions <= SMALL_MODEL
        ? {
            score: 1.5,
            text: 'Small enough to update every weight: the best quality at this size.',
          }
        : { score: 0.25, text: 'Updates every weight: the most memory and compute at this size.' }
    case 'lora':
      return {
        score: 1,
        text: '16-bit LoRA: close to full fine-tuning on most tasks, simple and fast.',
      }
    case 'dora':
      return {
        score: 0.75,
        text: 'DoRA: LoRA plus a magnitude vector, a little more compute per step.',
      }
    default:
      return {
        score: 0.5,
        text: 'QLoRA: a 4-bit base saves memory at some cost in speed; pick it when 16-bit does not fit.',
      }
  }
}

/** Fewer examples than this: prompting or retrieval may do, and small adapters overfit least. */
export const FEW_EXAMPLES = 1000
/** More examples than this: enough data to make use of every weight. */
export const MANY_EXAMPLES = 1_000_000

/** How the amount of data bears on a parameterization (nothing when it is not known). */
export function dataAdvice(
  method: Method,
  examples: number | undefined,
): { score: number; text: string } | undefined {
  if (examples === undefined) return undefined
  const n = examples.toLocaleString('en-US')
  if (examples < FEW_EXAMPLES)
    return method === 'full-fine-tuning'
      ? { score: -1, text: `${n} examples are few to update every weight without overfitting.` }
      : {
          score: 0,
          text: `${n} examples: a small adapter, trained for few epochs, overfits least.`,
        }
  if (examples >= MANY_EXAMPLES && method === 'full-fine-tuning')
    return { score: 0.5, text: `${n} examples are enough to make use of every weight.` }
  return undefined
}

/** What to consider before (or beside) any recipe, from the amount of data and the goal. */
export function generalAdvice(input: { examples?: number; data: DataKind }): string[] {
  const out: string[] = []
  const n = input.examples
  if (n !== undefined && n < 100)
    out.push(
      `With ${n.toLocaleString('en-US')} examples, try prompting with a few of them in the prompt, or retrieval, before fine-tuning: there is too little to train on reliably.`,
    )
  else if (n !== undefined && n < FEW_EXAMPLES)
    out.push(
      `With ${n.toLocaleString('en-US')} examples, prompting or retrieval may already do; if you fine-tune, prefer a small adapter and hold some examples out to catch overfitting.`,
    )
  else if (n !== undefined && n >= MANY_EXAMPLES)
    out.push(
      `With ${n.toLocaleString('en-US')} examples, full fine-tuning or a higher LoRA rank makes use of the data; a rank-16 adapter may underfit it.`,
    )
  if (input.data === 'none')
    out.push(
      'Without training data, merging models already fine-tuned from the same base is the option.',
    )
  return out
}

/**
 * How a recipe meets the goal: adapters for serving many, an objective evaluated for it. How the
 * weights train (a parameterization alone) says little about the goal: the data says that.
 */
export function goalReason(
  goal: Goal,
  technique: string,
  method: Method | undefined,
  decision: Decision,
  methodHasDecision: boolean,
): { score: number; reason: Reason } {
  if (goal === 'many-adapters')
    return method && method !== 'full-fine-tuning' && methodHasDecision
      ? {
          score: 2,
          reason: {
            text: `${METHOD_LABELS[method]} trains a small adapter over a shared frozen base, so many can be served from one model.`,
            from: `techniques.json › ${method} › decision.role`,
            effect: 'plus',
          },
        }
      : {
          score: 0,
          reason: {
            text: 'Produces a whole new model rather than a small adapter.',
            from: method ? `techniques.json › ${method} › decision.role` : field(technique, 'role'),
            effect: 'minus',
          },
        }
  const label = (g: Goal) => `“${GOAL_LABELS[g].toLowerCase()}”`
  if (technique === method)
    return {
      score: 0,
      reason: {
        text: `Trains whatever your data teaches; its paper evaluated it for ${decision.goals.map(label).join(', ') || 'no particular goal'}.`,
        from: field(technique, 'goals'),
        effect: 'neutral',
      },
    }
  return decision.goals.includes(goal)
    ? {
        score: 2,
        reason: {
          text: `Its paper evaluates it for ${label(goal)}.`,
          from: field(technique, 'goals'),
          effect: 'plus',
        },
      }
    : {
        score: 0,
        reason: {
          text: `Its paper does not evaluate it for ${label(goal)}.`,
          from: field(technique, 'goals'),
          effect: 'minus',
        },
      }
}
