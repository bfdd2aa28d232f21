/** Which names a map draws first: how much each technique matters to a reader. Pure. */
import { descendants, type Atlas } from '../data/atlas'
import { SEED_ENTITIES } from '../data/dataset'

/**
 * How much a technique matters to a reader, from the data: how much descends from it, how many
 * tools implement it, how many newsletter issues covered it, and whether the series named it.
 */
export function labelImportance(atlas: Atlas): Map<string, number> {
  const issues = new Map<string, number>()
  for (const issue of atlas.issues.values())
    for (const id of new Set([issue.concept, ...issue.techniques]))
      issues.set(id, (issues.get(id) ?? 0) + 1)
  const tools = new Map<string, number>()
  for (const tool of atlas.tools.values())
    for (const id of tool.techniques) tools.set(id, (tools.get(id) ?? 0) + 1)
  const seed = new Set<string>(SEED_ENTITIES.techniques)
  const out = new Map<string, number>()
  for (const t of atlas.techniques.values()) {
    const score =
      3 * Math.log2(descendants(atlas, t.id).nodes.size) +
      1.5 * (tools.get(t.id) ?? 0) +
      2 * (issues.get(t.id) ?? 0) +
      // The techniques the series named are the landmarks: placed before any other name.
      (seed.has(t.id) ? 100 : 0)
    out.set(t.id, Math.round(score * 100) / 100)
  }
  return out
}
