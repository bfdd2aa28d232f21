import ELK from 'elkjs/lib/elk.bundled.js'
import { describe, expect, it } from 'vitest'
import {
  bestLayout,
  elkGraph,
  layoutCrossings,
  modelOrder,
  toLayout,
  type LayoutInput,
} from '../../src/domain/layout/layeredLayout'
import {
  LARGE_LAYOUT,
  OPTIONS,
  QUICK_BOUNDED,
  type ElkGraph,
} from '../../src/domain/layout/elkOptions'
import type { LineageLayout, Point } from '../../src/domain/layout/layoutGeometry'
import { tinyData } from '../fixtures/tinyData'

// ELK itself, in-process: the tiny inputs below take a few milliseconds each.
const elk = new ELK()
const run = (g: ElkGraph) => elk.layout(g as never) as unknown as Promise<ElkGraph>

const tech = (
  id: string,
  year: number,
  categories: string[] = ['alpha'],
  name = id.toUpperCase(),
) => ({
  id,
  name,
  year,
  categories,
})
const link = (parent: string, child: string) => ({ parent, child })

function tinyInput(): LayoutInput {
  const d = tinyData()
  return {
    techniques: d.techniques,
    lineage: d.lineage,
    categoryOrder: d.categories.map((c) => c.id),
  }
}

/** `n` unlinked techniques, all in one year. */
const many = (n: number): LayoutInput => ({
  techniques: Array.from({ length: n }, (_, i) => tech(`t${i}`, 2020)),
  lineage: [],
  categoryOrder: ['alpha'],
})

describe('the model order handed to ELK', () => {
  it('puts roots first and each child right after its parent, its family first', () => {
    // root → a (alpha), b (beta); a → c (alpha), d (gamma); c, d → f; b → e.
    expect(modelOrder(tinyInput())).toEqual(['root', 'a', 'c', 'f', 'd', 'b', 'e'])
  })

  it('orders roots by family in legend order, then by year, then by id', () => {
    const input: LayoutInput = {
      techniques: [
        tech('x', 2010, ['gamma']),
        tech('y', 2020, ['alpha']),
        tech('w', 2000, ['unlisted']),
        tech('z', 2018, ['alpha']),
        tech('v', 2018, ['alpha']),
        // The first category is the family: beta here, not alpha.
        tech('u', 2001, ['beta', 'alpha']),
      ],
      lineage: [],
      categoryOrder: ['alpha', 'beta', 'gamma'],
    }
    // alpha: v, z (2018, by id), y (2020); beta: u; gamma: x; a family not in the legend last.
    expect(modelOrder(input)).toEqual(['v', 'z', 'y', 'u', 'x', 'w'])
  })

  it('sorts the children of one parent by family, then year', () => {
    const input: LayoutInput = {
      techniques: [
        tech('p', 2000),
        tech('late', 2010, ['alpha']),
        tech('early', 2005, ['alpha']),
        tech('other', 2001, ['beta']),
      ],
      lineage: [link('p', 'other'), link('p', 'late'), link('p', 'early')],
      categoryOrder: ['alpha', 'beta'],
    }
    expect(modelOrder(input)).toEqual(['p', 'early', 'late', 'other'])
  })

  it('ignores links to techniques outside the input', () => {
    const input: LayoutInput = {
      techniques: [tech('b', 2020), tech('a', 2021)],
      // b's parent and a's child are not in the input: both are roots, and no stranger appears.
      lineage: [link('ghost', 'a'), link('b', 'phantom')],
      categoryOrder: ['alpha'],
    }
    expect(modelOrder(input)).toEqual(['b', 'a'])
  })

  it('keeps the file order of techniques caught in a cycle, after everything else', () => {
    const input: LayoutInput = {
      techniques: [tech('q', 2001), tech('p', 2000), tech('r', 2005)],
      lineage: [link('p', 'q'), link('q', 'p')],
      categoryOrder: ['alpha'],
    }
    expect(modelOrder(input)).toEqual(['r', 'q', 'p'])
  })
})

describe('the graph handed to ELK', () => {
  it('sets the thorough options and the seed for an ordinary layout', () => {
    const g = elkGraph(tinyInput(), 7)
    expect(g.id).toBe('atlas')
    expect(g.layoutOptions).toEqual({ ...OPTIONS, 'elk.randomSeed': '7' })
    expect(g.layoutOptions!['elk.layered.layering.strategy']).toBe('COFFMAN_GRAHAM')
    expect(g.layoutOptions!['elk.separateConnectedComponents']).toBeUndefined()
  })

  it('keeps disconnected pieces in one graph in quick mode, bounded layering up to QUICK_BOUNDED', () => {
    const small = elkGraph(many(QUICK_BOUNDED), 1, true).layoutOptions!
    expect(small['elk.separateConnectedComponents']).toBe('false')
    expect(small['elk.layered.layering.strategy']).toBe('COFFMAN_GRAHAM')
    const big = elkGraph(many(QUICK_BOUNDED + 1), 1, true).layoutOptions!
    expect(big['elk.separateConnectedComponents']).toBe('false')
    expect(big['elk.layered.layering.strategy']).toBe('NETWORK_SIMPLEX')
    // Without quick mode, size alone (up to LARGE_LAYOUT) changes nothing.
    expect(elkGraph(many(QUICK_BOUNDED + 1), 1).layoutOptions).toEqual({
      ...OPTIONS,
      'elk.randomSeed': '1',
    })
  })

  it('switches to the fast settings above LARGE_LAYOUT techniques, quick or not', () => {
    expect(elkGraph(many(LARGE_LAYOUT), 1).layoutOptions).toEqual({
      ...OPTIONS,
      'elk.randomSeed': '1',
    })
    for (const quick of [false, true]) {
      const options = elkGraph(many(LARGE_LAYOUT + 1), 3, quick).layoutOptions!
      expect(options['elk.layered.layering.strategy']).toBe('NETWORK_SIMPLEX')
      expect(options['elk.layered.thoroughness']).toBe('1')
      expect(options['elk.layered.crossingMinimization.greedySwitch.type']).toBe('OFF')
      expect(options['elk.layered.nodePlacement.strategy']).toBe('SIMPLE')
      expect(options['elk.algorithm']).toBe('layered')
      expect(options['elk.randomSeed']).toBe('3')
    }
  })

  it('makes each technique a marker + label node with a port on each side at marker height', () => {
    const g = elkGraph(tinyInput(), 1)
    expect(g.children!.map((c) => c.id)).toEqual(['root', 'a', 'c', 'f', 'd', 'b', 'e'])
    // "ROOT": four capitals of 0.7 em at 12 px, plus 4 → 37.6, rounded up to 38 wide; the label
    // (16 + 3 gap) sits above the 14 px marker: 33 high, the marker's centre 26 from the top.
    expect(g.children![0]).toEqual({
      id: 'root',
      width: 38,
      height: 33,
      ports: [
        {
          id: 'root:in',
          x: 0,
          y: 26,
          width: 0,
          height: 0,
          layoutOptions: { 'elk.port.side': 'WEST' },
        },
        {
          id: 'root:out',
          x: 38,
          y: 26,
          width: 0,
          height: 0,
          layoutOptions: { 'elk.port.side': 'EAST' },
        },
      ],
      layoutOptions: { 'elk.partitioning.partition': '0', 'elk.portConstraints': 'FIXED_POS' },
    })
    // "A" is narrower than the marker: the node is the marker's 14 wide.
    expect(g.children![1]!.width).toBe(14)
  })

  it('gives each year its own partition, in year order whatever the file order', () => {
    const input: LayoutInput = {
      techniques: [tech('late', 2023), tech('mid', 2021), tech('early', 2015), tech('twin', 2021)],
      lineage: [],
      categoryOrder: ['alpha'],
    }
    const partition = Object.fromEntries(
      elkGraph(input, 1).children!.map((c) => [
        c.id,
        c.layoutOptions!['elk.partitioning.partition'],
      ]),
    )
    expect(partition).toEqual({ early: '0', mid: '1', twin: '1', late: '2' })
  })

  it('links out-ports to in-ports, ordered by child then parent, dropping unknown ends', () => {
    const input = tinyInput()
    input.lineage = [...input.lineage].reverse().concat([link('ghost', 'a'), link('a', 'phantom')])
    // Model positions: root 0, a 1, c 2, f 3, d 4, b 5, e 6; f's parents c (2) before d (4).
    expect(elkGraph(input, 1).edges).toEqual(
      [
        ['root', 'a'],
        ['a', 'c'],
        ['c', 'f'],
        ['d', 'f'],
        ['a', 'd'],
        ['root', 'b'],
        ['b', 'e'],
      ].map(([p, c]) => ({ id: `${p}->${c}`, sources: [`${p}:out`], targets: [`${c}:in`] })),
    )
  })
})

describe('reading ELK’s answer back', () => {
  const input: LayoutInput = {
    // z has no node in the answer; the file order is not the year order.
    techniques: [tech('z', 2019), tech('c', 2021), tech('a', 2020), tech('b', 2020)],
    lineage: [link('a', 'b'), link('a', 'c'), link('b', 'c')],
    categoryOrder: ['alpha'],
  }
  // A one-letter label is narrower than the marker, so each node is 14 × 33, its marker centre
  // 7 right of and 26 below the node's corner.
  const answer: ElkGraph = {
    id: 'atlas',
    width: 100.04,
    children: [{ id: 'a', x: 3.04, y: 0 }, { id: 'b', x: 50, y: 40 }, { id: 'c' }],
    edges: [
      {
        id: 'a->b',
        sources: ['a:out'],
        targets: ['b:in'],
        sections: [
          {
            startPoint: { x: 17, y: 26 },
            endPoint: { x: 50, y: 66 },
            bendPoints: [
              { x: 40.26, y: 30.04 },
              { x: 40.26, y: 66 },
            ],
          },
        ],
      },
      { id: 'a->c', sources: ['a:out'], targets: ['c:in'] },
      {
        id: 'b->c',
        sources: ['b:out'],
        targets: ['c:in'],
        sections: [{ startPoint: { x: 64, y: 66 }, endPoint: { x: 0, y: 26 } }],
      },
    ],
  }
  const read = () => toLayout(input, answer)

  it('places each marker at its node’s marker point, to a tenth of a unit', () => {
    const layout = read()
    expect(layout.positions).toEqual({
      a: { x: 10, y: 26 }, // 3.04 + 7 = 10.04
      b: { x: 57, y: 66 },
      c: { x: 7, y: 26 }, // a node without coordinates is at the origin
    })
    expect(layout.boxes).toEqual({
      a: { x: 3, y: 0, w: 14, h: 33 },
      b: { x: 50, y: 40, w: 14, h: 33 },
      c: { x: 0, y: 0, w: 14, h: 33 },
    })
  })

  it('routes each link from marker to marker through the rounded bends only', () => {
    const layout = read()
    expect(layout.routes).toEqual({
      'a->b': [
        { x: 10, y: 26 },
        { x: 40.3, y: 30 },
        { x: 40.3, y: 66 },
        { x: 57, y: 66 },
      ],
      'a->c': [
        { x: 10, y: 26 },
        { x: 7, y: 26 },
      ],
      'b->c': [
        { x: 57, y: 66 },
        { x: 7, y: 26 },
      ],
    })
  })

  it('spans each year from its leftmost box to its rightmost, in year order', () => {
    const layout = read()
    expect(layout.years).toEqual([
      { year: 2020, x0: 3, x1: 64 },
      { year: 2021, x0: 0, x1: 14 },
    ])
    expect(layout.width).toBe(100)
    expect(layout.height).toBe(0)
  })

  it('reads an empty answer as an empty drawing', () => {
    expect(toLayout(input, { id: 'atlas' })).toEqual({
      positions: {},
      boxes: {},
      routes: {},
      years: [],
      width: 0,
      height: 0,
    })
  })

  it('keeps a tenth of a unit in sizes and positions', () => {
    const l = toLayout(input, {
      id: 'atlas',
      width: 12.36,
      height: 7.04,
      children: [{ id: 'a', x: 1.26, y: 2.34 }],
    })
    expect(l.positions.a).toEqual({ x: 8.3, y: 28.3 })
    expect([l.width, l.height]).toEqual([12.4, 7])
  })
})

describe('the crossings a layout is scored by', () => {
  const input: LayoutInput = {
    techniques: [
      tech('p', 2000),
      tech('q', 2000),
      tech('r', 2001),
      tech('s', 2001),
      tech('t', 2002),
    ],
    lineage: [link('p', 's'), link('q', 'r'), link('r', 't')],
    categoryOrder: ['alpha'],
  }
  const route = (...points: [number, number][]): Point[] => points.map(([x, y]) => ({ x, y }))

  it('counts two routes that cross as one crossing, and skips links without a route', () => {
    const layout: LineageLayout = {
      positions: {},
      boxes: {},
      routes: {
        'p->s': route([0, 0], [100, 50]),
        'q->r': route([0, 50], [100, 0]),
        // r->t has no route here.
      },
      years: [],
      width: 0,
      height: 0,
    }
    expect(layoutCrossings(input, layout)).toBe(1)
    layout.routes['q->r'] = route([0, 60], [100, 60])
    expect(layoutCrossings(input, layout)).toBe(0)
  })
})

describe('choosing the best seed', () => {
  // Parents p, q on the left, children r, s on the right; a seed draws p→r and q→s either
  // straight (no crossing) or swapped (one crossing). `swapped` lists the seeds that cross.
  const input: LayoutInput = {
    techniques: [tech('p', 2000), tech('q', 2000), tech('r', 2001), tech('s', 2001)],
    lineage: [link('p', 'r'), link('q', 's')],
    categoryOrder: ['alpha'],
  }
  function fakeRun(swapped: number[]) {
    const calls: ElkGraph[] = []
    const fake = async (g: ElkGraph): Promise<ElkGraph> => {
      calls.push(g)
      const seed = Number(g.layoutOptions!['elk.randomSeed'])
      const cross = swapped.includes(seed)
      const spot: Record<string, [number, number]> = {
        p: [0, 0],
        q: [0, 50],
        r: [100, cross ? 50 : 0],
        s: [100, cross ? 0 : 50],
      }
      return {
        id: 'atlas',
        width: seed,
        // Node corners: a one-letter technique's marker centre is 7 right of and 26 below it.
        children: g.children!.map((c) => {
          const [x, y] = spot[c.id] ?? [0, 0]
          return { id: c.id, x: x - 7, y: y - 26 }
        }),
        edges: g.edges!.map((e) => ({ ...e })),
      }
    }
    return { calls, fake }
  }

  it('keeps the drawing with the fewest crossings', async () => {
    const { calls, fake } = fakeRun([3, 1])
    const best = await bestLayout(input, [3, 1, 2], fake)
    expect(best.width).toBe(2)
    expect(best.positions.r).toEqual({ x: 100, y: 0 })
    expect(calls.map((g) => g.layoutOptions!['elk.randomSeed'])).toEqual(['3', '1', '2'])
  })

  it('keeps the first of equally good drawings', async () => {
    expect((await bestLayout(input, [5, 6], fakeRun([]).fake)).width).toBe(5)
    expect((await bestLayout(input, [5, 6, 7], fakeRun([5, 6, 7]).fake)).width).toBe(5)
  })

  it('asks ELK for quick layouts in quick mode', async () => {
    const { calls, fake } = fakeRun([])
    await bestLayout(input, [1], fake, true)
    await bestLayout(input, [1], fake)
    expect(calls.map((g) => g.layoutOptions!['elk.separateConnectedComponents'])).toEqual([
      'false',
      undefined,
    ])
  })

  it('tries only the first seed above LARGE_LAYOUT techniques', async () => {
    const large = fakeRun([])
    await bestLayout(many(LARGE_LAYOUT + 1), [1, 2, 3], large.fake)
    expect(large.calls).toHaveLength(1)
    const ordinary = fakeRun([])
    await bestLayout(many(LARGE_LAYOUT), [1, 2, 3], ordinary.fake)
    expect(ordinary.calls).toHaveLength(3)
  })

  it('refuses to lay out without a seed', async () => {
    await expect(bestLayout(input, [], fakeRun([]).fake)).rejects.toThrow('No layout seed given')
  })
})

describe('the layered layout drawn by ELK', () => {
  const orthogonal = (route: readonly Point[]) =>
    route.slice(1).every((p, i) => p.x === route[i]!.x || p.y === route[i]!.y)

  it('places every technique, in time order, and routes every link between markers', async () => {
    const input = tinyInput()
    const layout = await bestLayout(input, [1, 2], run)
    for (const t of input.techniques) {
      const p = layout.positions[t.id]!
      const box = layout.boxes[t.id]!
      // The marker lies inside the box, in its bottom 14 units.
      expect(p.x).toBeGreaterThan(box.x)
      expect(p.x).toBeLessThan(box.x + box.w)
      expect(box.y + box.h - p.y).toBeCloseTo(7, 6)
    }
    for (const l of input.lineage) {
      const parent = layout.positions[l.parent]!
      const child = layout.positions[l.child]!
      expect(child.x).toBeGreaterThan(parent.x)
      const route = layout.routes[`${l.parent}->${l.child}`]!
      expect(route[0]).toEqual(parent)
      expect(route.at(-1)).toEqual(child)
      expect(orthogonal(route)).toBe(true)
    }
    expect(layoutCrossings(input, layout)).toBe(0)
  })

  it('gives each year one column, in order; techniques of one year share it', async () => {
    const input = tinyInput()
    const layout = await bestLayout(input, [1], run)
    expect(layout.years.map((y) => y.year)).toEqual([2015, 2019, 2020, 2021, 2022, 2023])
    layout.years.slice(1).forEach((y, i) => expect(y.x0).toBeGreaterThan(layout.years[i]!.x1))
    const column = layout.years.find((y) => y.year === 2021)!
    for (const id of ['c', 'd']) {
      const box = layout.boxes[id]!
      expect(box.x).toBeGreaterThanOrEqual(column.x0)
      expect(box.x + box.w).toBeLessThanOrEqual(column.x1)
    }
    expect(layout.width).toBeGreaterThan(column.x1)
    expect(layout.height).toBeGreaterThan(0)
  })

  it('keeps one time axis for a lineage in pieces in quick mode', async () => {
    // Three unconnected pairs whose years interleave.
    const input: LayoutInput = {
      techniques: [
        tech('p1', 2010),
        tech('p2', 2012),
        tech('q1', 2011, ['beta']),
        tech('q2', 2013, ['beta']),
        tech('r1', 2009),
        tech('r2', 2014),
      ],
      lineage: [link('p1', 'p2'), link('q1', 'q2'), link('r1', 'r2')],
      categoryOrder: ['alpha', 'beta'],
    }
    const layout = await bestLayout(input, [1], run, true)
    const byYear = [...input.techniques].sort((a, b) => a.year - b.year)
    byYear.slice(1).forEach((t, i) => {
      expect(layout.positions[t.id]!.x).toBeGreaterThan(layout.positions[byYear[i]!.id]!.x)
    })
  })
})
