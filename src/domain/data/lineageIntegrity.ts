/**
 * The lineage links' integrity: both ends known, no self-links, no cycles, and a child dated
 * before its parent only with a note saying why.
 */
import type { DataProblem } from './dataset.ts'
import { dedupe } from './dedupe.ts'
import type { LineageLink, Technique } from './schema.ts'

const linkLabel = (l: { child: string; parent: string }) => `${l.child}<-${l.parent}`

export function checkLineage(
  input: LineageLink[],
  techniqueById: ReadonlyMap<string, Technique>,
  problems: DataProblem[],
): LineageLink[] {
  let lineage = dedupe(input, linkLabel, linkLabel, 'lineage.json', problems, 'link')
  lineage = lineage.filter((l) => {
    let ok = true
    for (const end of ['child', 'parent'] as const) {
      if (!techniqueById.has(l[end])) {
        problems.push({
          file: 'lineage.json',
          id: linkLabel(l),
          field: end,
          message: `references unknown technique '${l[end]}'`,
        })
        ok = false
      }
    }
    if (ok && l.child === l.parent) {
      problems.push({
        file: 'lineage.json',
        id: linkLabel(l),
        field: 'parent',
        message: 'a technique cannot be its own parent',
      })
      ok = false
    }
    return ok
  })
  lineage = dropCycles(lineage, problems)

  for (const l of lineage) {
    const child = techniqueById.get(l.child)!
    const parent = techniqueById.get(l.parent)!
    if (child.year < parent.year && !child.yearNote)
      problems.push({
        file: 'lineage.json',
        id: linkLabel(l),
        field: 'child',
        message: `child year ${child.year} is before parent year ${parent.year} and '${child.id}' has no yearNote explaining why`,
      })
  }
  return lineage
}

/** Reports and removes every link that closes a cycle (depth-first search, back edges). */
function dropCycles<L extends { child: string; parent: string }>(
  links: L[],
  problems: DataProblem[],
): L[] {
  const out = new Map<string, L[]>()
  for (const l of links) {
    const list = out.get(l.parent) ?? []
    list.push(l)
    out.set(l.parent, list)
  }
  const state = new Map<string, 'open' | 'done'>()
  const stack: string[] = []
  const back = new Set<L>()
  const visit = (node: string) => {
    state.set(node, 'open')
    stack.push(node)
    for (const l of out.get(node) ?? []) {
      const s = state.get(l.child)
      if (s === 'open') {
        back.add(l)
        const cycle = [...stack.slice(stack.indexOf(l.child)), l.child].join(' → ')
        problems.push({
          file: 'lineage.json',
          id: `${l.child}<-${l.parent}`,
          field: 'parent',
          message: `closes a lineage cycle (${cycle}); the link is left out`,
        })
      } else if (!s) visit(l.child)
    }
    stack.pop()
    state.set(node, 'done')
  }
  for (const parent of [...out.keys()].sort()) if (!state.has(parent)) visit(parent)
  return links.filter((l) => !back.has(l))
}
