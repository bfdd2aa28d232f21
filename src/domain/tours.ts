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

export const TOURS: readonly Tour[] = [
  {
    id: 'rlhf-to-rlaif',
    title: 'From RLHF to RLAIF',
    steps: [
      {
        view: { technique: 'rlhf' },
      },
      {
        view: { technique: 'instructgpt' },
      },
      {
        view: { technique: 'constitutional-ai' },
      },
      {
        view: { technique: 'rlaif' },
      },
      {
        view: { path: ['rlaif', 'rlhf'] },
      },
      {
        view: { compare: ['rlhf', 'constitutional-ai', 'rlaif'] },
      },
    ],
  },
  {
    id: 'lora-family',
    title: 'The LoRA family',
    steps: [
      {
        view: { technique: 'lora' },
      },
      {
        view: { technique: 'qlora' },
      },
      {
        view: { technique: 'dora' },
      },
      {
        view: { technique: 'pissa' },
      },
      {
        view: { technique: 'vera' },
      },
      {
        view: { compare: ['lora', 'dora', 'pissa'] },
      },
      {
        view: { technique: 'lora', categories: ['low-rank'] },
      },
    ],
  },
  {
    id: 'rl-for-reasoning',
    title: 'RL for reasoning, 2024–2026',
    steps: [
      {
        view: { technique: 'ppo' },
      },
      {
        view: { technique: 'grpo' },
      },
      {
        view: { technique: 'deepseek-r1-zero' },
      },
      {
        view: { compare: ['dapo', 'dr-grpo', 'gspo'] },
      },
      {
        view: { path: ['deepseek-r1', 'ppo'] },
      },
      {
        view: { categories: ['reasoning-rl'] },
      },
    ],
  },
]

export const tourById = (id: string) => TOURS.find((t) => t.id === id)
