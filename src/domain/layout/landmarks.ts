/** Where a small screen's first view looks: the series' own chains. Pure. */
import type { Point } from './layoutGeometry'

/**
 * The chains the newsletter series tells as lineage (PEFT → LoRA → QLoRA; RLHF → Constitutional
 * AI → RLAIF): the first view keeps them in sight, routed, without panning.
 */
export const SEED_CHAINS = [
  ['peft', 'lora', 'qlora'],
  ['rlhf', 'constitutional-ai', 'rlaif'],
] as const

/**
 * The point a close-up first view centres on: the middle of the box round the series' chains as
 * drawn, so both are in sight; where none of them is drawn (a dataset without them), the
 * best-known technique (highest importance) that is. Undefined when nothing is placed.
 */
export function closeUpCentre(
  position: (id: string) => Point | undefined,
  importance: ReadonlyMap<string, number>,
): Point | undefined {
  const chain = SEED_CHAINS.flat()
    .map(position)
    .filter((p) => p !== undefined)
  if (chain.length) {
    const xs = chain.map((p) => p.x)
    const ys = chain.map((p) => p.y)
    return {
      x: (Math.min(...xs) + Math.max(...xs)) / 2,
      y: (Math.min(...ys) + Math.max(...ys)) / 2,
    }
  }
  const ranked = [...importance].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
  for (const [id] of ranked) {
    const p = position(id)
    if (p) return p
  }
  return undefined
}
