import { describe, expect, it } from 'vitest'
import { readDataDir } from '../../src/build/readDataDir'
import { createAtlas } from '../../src/domain/data/atlas'
import { TOUR_CAPTIONS } from '../../src/domain/explore/tourCaptions'
import { TOURS } from '../../src/domain/explore/tours'
import {
  DEFAULT_VIEW_STATE,
  TOUR_VIEW_KEYS,
  decodeViewState,
  leavesTour,
  parseQuery,
  tourStepView,
} from '../../src/domain/url/viewState'

const atlas = createAtlas(readDataDir('data', { requireSeedEntities: true }).data)
const decode = (q: string) => decodeViewState(parseQuery(q), atlas)

describe('tours, paths and comparisons in links', () => {
  it('has at least three tours of 4–8 steps, every step naming only techniques in the data', () => {
    expect(TOURS.length).toBeGreaterThanOrEqual(3)
    for (const tour of TOURS) {
      expect(tour.steps.length, tour.id).toBeGreaterThanOrEqual(4)
      expect(tour.steps.length, tour.id).toBeLessThanOrEqual(8)
      // One caption per step, each a real sentence.
      expect(TOUR_CAPTIONS[tour.id], tour.id).toHaveLength(tour.steps.length)
      for (const caption of TOUR_CAPTIONS[tour.id]!) expect(caption.length).toBeGreaterThan(20)
      for (const step of tour.steps) {
        const ids = [step.view.technique, ...(step.view.path ?? []), ...(step.view.compare ?? [])]
        for (const id of ids.filter((x): x is string => !!x))
          expect(atlas.techniques.has(id), `${tour.id}: ${id}`).toBe(true)
        for (const c of step.view.categories ?? []) expect(atlas.categories.has(c)).toBe(true)
      }
    }
  })

  it('opens a tour step as the view it describes', () => {
    const { state, notices } = decode('tour=lora-family&step=6')
    expect(notices).toEqual([])
    expect(state.compare).toEqual(['lora', 'dora', 'pissa'])
    expect(decode('tour=lora-family').state.technique).toBe('lora')
    // A step past the end shows the last one and says so.
    const late = decode('tour=lora-family&step=30')
    expect(late.state.step).toBe(7)
    expect(late.notices[0]!.message).toMatch(/has 7 steps; showing the last/)
    expect(decode('tour=lora-famly').notices[0]!.suggestion).toEqual({
      label: 'The LoRA family',
      value: 'lora-family',
    })
  })

  it('reads a path of two techniques, with a notice for anything else', () => {
    expect(decode('path=qlora,dpo').state.path).toEqual(['qlora', 'dpo'])
    const repeated = decode('path=qlora,qlora')
    expect(repeated.state.path).toBeUndefined()
    expect(repeated.notices.map((n) => n.message)).toEqual([
      'Left out the repeated technique “qlora”.',
      'Ignored path “qlora,qlora”: it needs two different known techniques.',
    ])
    const typo = decode('path=qlora,dpoo')
    expect(typo.notices[0]!.suggestion).toEqual({ label: 'DPO', value: 'dpo' })
  })

  it('compares two to four techniques; more are cut to four with a notice', () => {
    expect(decode('compare=lora,dora,pissa').state.compare).toEqual(['lora', 'dora', 'pissa'])
    const many = decode('compare=lora,dora,pissa,vera,qlora')
    expect(many.state.compare).toEqual(['lora', 'dora', 'pissa', 'vera'])
    expect(many.notices[0]!.message).toBe('Compared the first 4 techniques; left out qlora.')
    expect(decode('compare=lora').state.compare).toEqual([])
  })

  it('ends a tour when its view is changed by hand, not when a panel or the tour itself changes', () => {
    const onTour = { ...DEFAULT_VIEW_STATE, tour: 'lora-family', technique: 'lora' }
    expect(leavesTour(onTour, { technique: 'dora' })).toBe(true)
    expect(leavesTour(onTour, { technique: 'lora' })).toBe(false)
    expect(leavesTour(onTour, { panel: 'tools' })).toBe(false)
    expect(leavesTour(onTour, { tour: 'lora-family', step: 2, technique: 'qlora' })).toBe(false)
    expect(leavesTour({ ...onTour, tour: undefined }, { technique: 'dora' })).toBe(false)
    // A step sets every field whose change would leave the tour.
    expect(Object.keys(tourStepView({}))).toEqual(expect.arrayContaining([...TOUR_VIEW_KEYS]))
  })
})
