/**
 * The bundled table of open models the calculator knows, each with the shape fields read from
 * its own config.json (data/models.json, validated with the rest of the dataset and fetched
 * with it: `atlas.data.models`).
 */
import type { Model } from '../data/schema.ts'

/** The model a Hugging Face repo id names, whatever its letter case. */
export function modelById(models: readonly Model[], id: string): Model | undefined {
  const key = id.trim().toLowerCase()
  return models.find((m) => m.id.toLowerCase() === key)
}
