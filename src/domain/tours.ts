/**
 * Guided tours: short stories through the lineage, each step a view (a selection, a filter, a
 * relation between two techniques, or a comparison) with a caption. Written from the records in
 * data/ (a unit test checks every id exists); the captions are the Atlas's own summaries.
 */

export interface TourStep {
  caption: string
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
        caption:
          'RLHF stops training on fixed targets: people compare pairs of answers, a reward model learns their preferences, and the policy is optimised against that reward.',
        view: { technique: 'rlhf' },
      },
      {
        caption:
          'InstructGPT took the reward-model-plus-PPO recipe from summarisation to following instructions in general.',
        view: { technique: 'instructgpt' },
      },
      {
        caption:
          'Constitutional AI keeps the human input to a short written list of principles: the model critiques and revises its own answers, and AI-labelled comparisons train the preference model.',
        view: { technique: 'constitutional-ai' },
      },
      {
        caption:
          'RLAIF keeps the whole RLHF pipeline and changes one thing: an off-the-shelf LLM, not a person, says which answer is better.',
        view: { technique: 'rlaif' },
      },
      {
        caption: 'The chain in one view: every link from RLHF down to RLAIF, and why it exists.',
        view: { path: ['rlaif', 'rlhf'] },
      },
      {
        caption:
          'Side by side: who produces the preference labels, and what each method needs before training starts.',
        view: { compare: ['rlhf', 'constitutional-ai', 'rlaif'] },
      },
    ],
  },
  {
    id: 'lora-family',
    title: 'The LoRA family',
    steps: [
      {
        caption:
          'LoRA freezes the pretrained weights and learns each weight change as the product of two thin matrices, so only a sliver of the parameters trains and nothing is added at inference.',
        view: { technique: 'lora' },
      },
      {
        caption:
          'QLoRA stores the frozen base model in 4 bits and trains ordinary LoRA adapters through it, which brings large models within reach of a single GPU.',
        view: { technique: 'qlora' },
      },
      {
        caption:
          'DoRA splits every weight into a length and a direction: the length trains directly, the direction through a LoRA-style update.',
        view: { technique: 'dora' },
      },
      {
        caption:
          "PiSSA keeps LoRA's shape but starts the adapters from the weight's strongest singular directions instead of from noise and zeros.",
        view: { technique: 'pissa' },
      },
      {
        caption:
          'VeRA shares one frozen pair of random matrices across all layers and trains only small scaling vectors: far fewer parameters than LoRA.',
        view: { technique: 'vera' },
      },
      {
        caption: 'Same adapter shape, different ideas: LoRA, DoRA and PiSSA compared row by row.',
        view: { compare: ['lora', 'dora', 'pissa'] },
      },
      {
        caption: 'The whole low-rank family at once, with LoRA still selected.',
        view: { technique: 'lora', categories: ['low-rank'] },
      },
    ],
  },
  {
    id: 'rl-for-reasoning',
    title: 'RL for reasoning, 2024–2026',
    steps: [
      {
        caption:
          'PPO, the policy-gradient method behind classic RLHF, trains a value network beside the policy to judge how good each step is.',
        view: { technique: 'ppo' },
      },
      {
        caption:
          'GRPO drops the value network: it samples a group of answers to the same prompt and scores each against the group.',
        view: { technique: 'grpo' },
      },
      {
        caption:
          'DeepSeek-R1-Zero runs GRPO at scale straight on a base model, rewarded by rules that check the final answer, with no supervised warm-up.',
        view: { technique: 'deepseek-r1-zero' },
      },
      {
        caption:
          'Three 2025 repairs to GRPO: DAPO loosens the upper clipping bound, Dr. GRPO removes the length bias in the loss, GSPO takes the importance ratio over whole responses.',
        view: { compare: ['dapo', 'dr-grpo', 'gspo'] },
      },
      {
        caption: 'From PPO to DeepSeek-R1, link by link.',
        view: { path: ['deepseek-r1', 'ppo'] },
      },
      {
        caption: 'Everything in the reasoning-RL family, filtered.',
        view: { categories: ['reasoning-rl'] },
      },
    ],
  },
]

export const tourById = (id: string) => TOURS.find((t) => t.id === id)
