/** The bundled models and the calculator's usual example input, shared by its unit tests. */
import { readDataDir } from '../../src/build/readDataDir'
import type { CalculatorInput } from '../../src/domain/decide/calculator'

export const MODELS = readDataDir('data', { requireSeedEntities: true }).data.models

/** A bundled model by its exact Hugging Face id. */
export const model = (id: string) => {
  const found = MODELS.find((m) => m.id === id)
  if (!found) throw new Error(`no bundled model ${id}`)
  return found
}

export const llama2 = model('meta-llama/Llama-2-7b-hf')

/** LoRA r = 8 on q_proj and v_proj of Llama-2-7B, one 512-token sequence, no checkpointing. */
export const calculatorInput = (over: Partial<CalculatorInput> = {}): CalculatorInput => ({
  shape: llama2,
  method: 'lora',
  rank: 8,
  targets: ['q_proj', 'v_proj'],
  precision: 'auto',
  optimizer: 'adamw',
  batch: 1,
  sequence: 512,
  checkpointing: false,
  ...over,
})
