/**
 * The bundled table of open models the calculator knows, each with the shape fields read from
 * its own config.json (data/models.json, validated by `npm run validate-data`).
 */
import modelsJson from '../../data/models.json'
import { baseParameters } from './calculator.ts'
import type { Model } from './schema.ts'

export const MODELS: readonly Model[] = modelsJson as Model[]

/** The model a Hugging Face repo id names, whatever its letter case. */
export function modelById(id: string): Model | undefined {
  const key = id.trim().toLowerCase()
  return MODELS.find((m) => m.id.toLowerCase() === key)
}

/** The bundled model whose parameter count is nearest `billions` (on a log scale). */
export function nearestModel(billions: number): Model {
  const target = Math.log(billions * 1e9)
  let best = MODELS[0]!
  let bestDistance = Infinity
  for (const m of MODELS) {
    const distance = Math.abs(Math.log(baseParameters(m)) - target)
    if (distance < bestDistance) {
      best = m
      bestDistance = distance
    }
  }
  return best
}
