/**
 * Guided tours: short stories through the lineage, each step a view (a selection, a filter, a
 * relation between two techniques, or a comparison) with a caption (in tourCaptions.ts, loaded
 * with the tour bar). Written from the records in data/ (a unit test checks every id exists).
 */

export interface TourStep {
  view: {
    technique?: string
    path?: readonly [string, string]
    compare?: readonly string[]
    categories?: readonly string[]
  }
}

export interface Tour {
  id: string
  title: string
  steps: readonly TourStep[]
}

/** A step showing `view`. */
const step = (view: TourStep['view']): TourStep => ({ view })

export const TOURS: readonly Tour[] = [
  {
    id: 'rlhf-to-rlaif',
    title: 'From RLHF to RLAIF',
    steps: [
      step({ technique: 'rlhf' }),
      step({ technique: 'instructgpt' }),
      step({ technique: 'constitutional-ai' }),
      step({ technique: 'rlaif' }),
      step({ path: ['rlaif', 'rlhf'] }),
      step({ compare: ['rlhf', 'constitutional-ai', 'rlaif'] }),
    ],
  },
  {
    id: 'lora-family',
    title: 'The LoRA family',
    steps: [
      step({ technique: 'lora' }),
      step({ technique: 'qlora' }),
      step({ technique: 'dora' }),
      step({ technique: 'pissa' }),
      step({ technique: 'vera' }),
      step({ compare: ['lora', 'dora', 'pissa'] }),
      step({ technique: 'lora', categories: ['low-rank'] }),
    ],
  },
  {
    id: 'rl-for-reasoning',
    title: 'RL for reasoning, 2024–2026',
    steps: [
      step({ technique: 'ppo' }),
      step({ technique: 'grpo' }),
      step({ technique: 'deepseek-r1-zero' }),
      step({ compare: ['dapo', 'dr-grpo', 'gspo'] }),
      step({ path: ['deepseek-r1', 'ppo'] }),
      step({ categories: ['reasoning-rl'] }),
    ],
  },
]

export const tourById = (id: string) => TOURS.find((t) => t.id === id)
