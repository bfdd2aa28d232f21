import { describe, expect, it } from 'vitest'
import { addInSlices } from '../../src/components/graph/addInSlices'

type El = { group: 'nodes' | 'edges'; id: string }
const els = (n: number, e: number): El[] => [
  ...Array.from({ length: e }, (_, i) => ({ group: 'edges' as const, id: `e${i}` })),
  ...Array.from({ length: n }, (_, i) => ({ group: 'nodes' as const, id: `n${i}` })),
]

/** A clock that advances `cost` ms per element added, and a log of turns given back. */
function harness(cost: number) {
  let t = 0
  const log: string[] = []
  return {
    log,
    add: (slice: El[]) => {
      t += cost * slice.length
      log.push(slice.map((s) => s.id).join(','))
    },
    options: (size: number, budget: number) => ({
      size,
      budget,
      now: () => t,
      yieldToBrowser: async () => {
        log.push('|')
      },
    }),
  }
}

describe('adding the graph in slices', () => {
  it('adds every element once, all nodes before any edge', async () => {
    const h = harness(1)
    const done = await addInSlices(els(5, 4), h.add, () => true, h.options(2, 3))
    expect(done).toBe(true)
    const added = h.log.filter((l) => l !== '|').flatMap((l) => l.split(','))
    expect(added).toEqual(['n0', 'n1', 'n2', 'n3', 'n4', 'e0', 'e1', 'e2', 'e3'])
  })

  it('gives the browser a turn whenever a slice runs past the budget, not after the last', async () => {
    const h = harness(5)
    await addInSlices(els(4, 2), h.add, () => true, h.options(2, 12))
    // 2 elements cost 10 ms: under the 12 ms budget, so a second slice follows in the same turn.
    expect(h.log).toEqual(['n0,n1', 'n2,n3', '|', 'e0,e1'])
  })

  it('stops when the caller no longer wants the rest', async () => {
    const h = harness(10)
    let live = true
    const done = await addInSlices(
      els(6, 0),
      (slice) => {
        h.add(slice)
        live = false
      },
      () => live,
      h.options(2, 1),
    )
    expect(done).toBe(false)
    expect(h.log).toEqual(['n0,n1', '|'])
  })

  it('adds nothing and reports done for an empty graph', async () => {
    const h = harness(1)
    expect(await addInSlices([], h.add, () => true, h.options(4, 4))).toBe(true)
    expect(h.log).toEqual([])
  })
})
