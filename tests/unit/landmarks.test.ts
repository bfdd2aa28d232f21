import { describe, expect, it } from 'vitest'
import { closeUpCentre, SEED_CHAINS } from '../../src/domain/layout/landmarks'
import { SEED_ENTITIES } from '../../src/domain/data/dataset'

describe('where a small screen opens', () => {
  it('names chains of techniques the series itself names, parent before child', () => {
    for (const id of SEED_CHAINS.flat()) expect(SEED_ENTITIES.techniques).toContain(id)
  })

  it('centres on the middle of the box round both chains as drawn', () => {
    const at: Record<string, { x: number; y: number }> = {
      peft: { x: 100, y: 50 },
      lora: { x: 200, y: 40 },
      qlora: { x: 400, y: 60 },
      rlhf: { x: 20, y: 200 },
      'constitutional-ai': { x: 300, y: 210 },
      rlaif: { x: 380, y: 260 },
      dpo: { x: 5000, y: 5000 },
    }
    expect(closeUpCentre((id) => at[id], new Map([['dpo', 99]]))).toEqual({ x: 210, y: 150 })
  })

  it('uses the chain techniques that are drawn when some are not', () => {
    const at: Record<string, { x: number; y: number }> = { lora: { x: 10, y: 20 } }
    expect(closeUpCentre((id) => at[id], new Map())).toEqual({ x: 10, y: 20 })
  })

  it('falls back to the most important technique drawn, then to nothing', () => {
    const at: Record<string, { x: number; y: number }> = {
      a: { x: 1, y: 2 },
      b: { x: 3, y: 4 },
    }
    const importance = new Map([
      ['missing', 50],
      ['b', 10],
      ['a', 5],
    ])
    expect(closeUpCentre((id) => at[id], importance)).toEqual({ x: 3, y: 4 })
    expect(closeUpCentre(() => undefined, importance)).toBeUndefined()
  })
})
