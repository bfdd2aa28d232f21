/**
 * How the chooser names a recipe, which techniques it offers to compare, and which bundled model
 * stands in for a size. Pure.
 */
import type { Atlas } from '../data/atlas.ts'
import { baseParameters, METHOD_LABELS, type Method } from './calculator.ts'
import type { Model } from '../data/schema.ts'

/** What naming and comparing need of a recipe. */
export interface RecipeLike {
  technique: string
  parameterization?: Method
}

/** “LoRA + DPO”, “DPO (full model)”, “QLoRA (supervised)”, or a merge's own name. */
export function recipeName(method: Method | undefined, atlas: Atlas, objective?: string): string {
  const obj = objective ? (atlas.techniques.get(objective)?.name ?? objective) : undefined
  if (!method) return obj ?? ''
  if (!obj) return `${METHOD_LABELS[method]} (supervised)`
  return method === 'full-fine-tuning' ? `${obj} (full model)` : `${METHOD_LABELS[method]} + ${obj}`
}

/** Technique ids for comparing the top recipes (2–3 distinct ones, or none). */
export function compareIds(fit: readonly RecipeLike[]): string[] {
  const ids: string[] = []
  for (const r of fit) {
    if (!ids.includes(r.technique)) ids.push(r.technique)
    if (ids.length === 3) break
  }
  if (ids.length < 2)
    for (const r of fit) {
      if (r.parameterization && !ids.includes(r.parameterization)) ids.push(r.parameterization)
      if (ids.length === 3) break
    }
  return ids.length >= 2 ? ids : []
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
