// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { dismantle } from '../../src/components/graph/dismantle'

/** A tree of `groups` groups of `leaves` leaves each, under one root. */
function tree(groups: number, leaves: number) {
  const root = document.createElement('div')
  for (let g = 0; g < groups; g++) {
    const group = document.createElement('g')
    for (let l = 0; l < leaves; l++) group.append(document.createElement('i'))
    root.append(group)
  }
  return root
}

/** Runs turns by hand; the fake clock moves 1 ms each time it is read. */
function manual() {
  let t = 0
  const queue: (() => void)[] = []
  return {
    turns: queue,
    options: (budget: number, fanout: number) => ({
      budget,
      fanout,
      now: () => t++,
      later: (run: () => void) => {
        queue.push(run)
        return () => queue.splice(queue.indexOf(run), 1)
      },
    }),
  }
}

describe('taking the first frame apart in idle time', () => {
  it('empties the element over several turns, then says so once', () => {
    const root = tree(3, 50)
    const m = manual()
    let done = 0
    dismantle(root, () => done++, m.options(10, 24))
    let turns = 0
    while (m.turns.length) {
      expect(done).toBe(0)
      m.turns.shift()!()
      turns++
    }
    expect(root.childNodes.length).toBe(0)
    expect(done).toBe(1)
    expect(turns).toBeGreaterThan(1)
  })

  it('never removes a node with more children than the fan-out in one piece', () => {
    const root = tree(1, 100)
    const group = root.firstChild!
    const m = manual()
    dismantle(root, () => {}, m.options(2, 24))
    m.turns.shift()!()
    // One removal in the first turn: a leaf of the crowded group, not the group.
    expect(root.firstChild).toBe(group)
    expect(group.childNodes.length).toBe(99)
  })

  it('stops when asked', () => {
    const root = tree(4, 10)
    const m = manual()
    let done = false
    const stop = dismantle(root, () => (done = true), m.options(2, 24))
    stop()
    expect(m.turns).toHaveLength(0)
    expect(root.childNodes.length).toBe(4)
    expect(done).toBe(false)
  })
})
