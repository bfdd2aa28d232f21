/**
 * The bundled table of open models the calculator knows, each with the shape fields read from
 * its own config.json (data/models.json, validated with the rest of the dataset and fetched
 * with it: `atlas.data.models`).
 */
import { baseParameters } from './calculator.ts'
import type { Model } from './schema.ts'

/** The model a Hugging Face repo id names, whatever its letter case. */
export function modelById(models: readonly Model[], id: string): Model | undefined {
  const key = id.trim().toLowerCase()
  return models.find((m) => m.id.toLowerCase() === key)
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
