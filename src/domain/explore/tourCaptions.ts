/**
 * The tours' captions, one per step in step order (see tours.ts): the Atlas's own summaries.
 * Apart from the tours so that the first view does not download their text.
 */
export const TOUR_CAPTIONS: Readonly<Record<string, readonly string[]>> = {
  'rlhf-to-rlaif': [
    'RLHF stops training on fixed targets: people compare pairs of answers, a reward model learns their preferences, and the policy is optimised against that reward.',
    'InstructGPT took the reward-model-plus-PPO recipe from summarisation to following instructions in general.',
    'Constitutional AI keeps the human input to a short written list of principles: the model critiques and revises its own answers, and AI-labelled comparisons train the preference model.',
    'RLAIF keeps the whole RLHF pipeline and changes one thing: an off-the-shelf LLM, not a person, says which answer is better.',
    'The chain in one view: every link from RLHF down to RLAIF, and why it exists.',
    'Side by side: who produces the preference labels, and what each method needs before training starts.',
  ],
  'lora-family': [
    'LoRA freezes the pretrained weights and learns each weight change as the product of two thin matrices, so only a sliver of the parameters trains and nothing is added at inference.',
    'QLoRA stores the frozen base model in 4 bits and trains ordinary LoRA adapters through it, which brings large models within reach of a single GPU.',
    'DoRA splits every weight into a length and a direction: the length trains directly, the direction through a LoRA-style update.',
    "PiSSA keeps LoRA's shape but starts the adapters from the weight's strongest singular directions instead of from noise and zeros.",
    'VeRA shares one frozen pair of random matrices across all layers and trains only small scaling vectors: far fewer parameters than LoRA.',
    'Same adapter shape, different ideas: LoRA, DoRA and PiSSA compared row by row.',
    'The whole low-rank family at once, with LoRA still selected.',
  ],
  'rl-for-reasoning': [
    'PPO, the policy-gradient method behind classic RLHF, trains a value network beside the policy to judge how good each step is.',
    'GRPO drops the value network: it samples a group of answers to the same prompt and scores each against the group.',
    'DeepSeek-R1-Zero runs GRPO at scale straight on a base model, rewarded by rules that check the final answer, with no supervised warm-up.',
    'Three 2025 repairs to GRPO: DAPO loosens the upper clipping bound, Dr. GRPO removes the length bias in the loss, GSPO takes the importance ratio over whole responses.',
    'From PPO to DeepSeek-R1, link by link.',
    'Everything in the reasoning-RL family, filtered.',
  ],
}
