import { describe, expect, it } from 'vitest'
import { readDataDir } from '../../src/build/readDataDir'
import { createAtlas } from '../../src/domain/data/atlas'
import { TARGET_MODULES } from '../../src/domain/decide/calculator'
import {
  DEFAULT_VIEW_STATE,
  applySuggestion,
  decodeViewState,
  parseQuery,
  toRawSearch,
  viewStateQuery,
} from '../../src/domain/url/viewState'

const atlas = createAtlas(readDataDir('data', { requireSeedEntities: true }).data)
const decode = (q: string) => decodeViewState(parseQuery(q), atlas)

describe('calculator links', () => {
  it('open the README example with the model named in any letter case', () => {
    const { state, notices } = decode(
      'view=calculator&model=META-LLAMA/llama-2-7b-hf&method=lora&rank=8&targets=q_proj,v_proj',
    )
    expect(notices).toEqual([])
    expect(state).toMatchObject({
      view: 'calculator',
      model: 'meta-llama/Llama-2-7b-hf',
      method: 'lora',
      rank: 8,
      targets: ['q_proj', 'v_proj'],
    })
    // Those are the defaults, so the canonical link is short.
    expect(viewStateQuery(state)).toBe('view=calculator')
  })

  it('accept the short names people type for full fine-tuning, and write the long one', () => {
    for (const short of ['full', 'FT', ' fft ']) {
      const { state, notices } = decode(`view=calculator&method=${short}`)
      expect(notices).toEqual([])
      expect(state.method).toBe('full-fine-tuning')
      expect(viewStateQuery(state)).toBe('view=calculator&method=full-fine-tuning')
    }
    // Only those: a name that is neither a method nor a short name is still refused.
    const { state, notices } = decode('method=fulll')
    expect(state.method).toBe('lora')
    expect(notices.map((n) => n.message)).toEqual([
      'Ignored method “fulll”: expected one of full-fine-tuning, lora, qlora, dora, vera, lora-fa.',
    ])
    // An alias is not a key of an ordinary object: nothing inherited is read as one.
    expect(decode('method=constructor').state.method).toBe('lora')
  })

  it('write all seven linear layers back as all-linear, in the modules’ own order', () => {
    const { state } = decode('targets=v_proj,q_proj,down_proj')
    expect(state.targets).toEqual(['q_proj', 'v_proj', 'down_proj'])
    const all = decode('method=qlora&rank=64&targets=all-linear').state
    expect(all.targets).toEqual(TARGET_MODULES)
    expect(viewStateQuery(all)).toBe('method=qlora&rank=64&targets=all-linear')
  })

  it('refuse rank 0 and rank 100000 in words, keeping the default rank', () => {
    for (const bad of ['0', '100000', '-3', '8.5']) {
      const { state, notices } = decode(`rank=${bad}`)
      expect(state.rank).toBe(8)
      expect(notices).toEqual([
        {
          param: 'rank',
          message: `Ignored rank “${bad}”: expected a whole number from 1 to 4096.`,
        },
      ])
    }
  })

  it('name an unknown model and offer the closest bundled one', () => {
    const { state, notices } = decode('model=meta-llama/Llama-2-7b-hff')
    expect(state.model).toBe('meta-llama/Llama-2-7b-hf')
    expect(notices[0]!.message).toBe(
      'No bundled model “meta-llama/Llama-2-7b-hff” — did you mean meta-llama/Llama-2-7b-hf?',
    )
    const fixed = applySuggestion({ ...state, model: 'Qwen/Qwen2-72B' }, notices[0]!, atlas)
    expect(fixed.model).toBe('meta-llama/Llama-2-7b-hf')
  })

  it('keep the known modules and name the unknown one', () => {
    const { state, notices } = decode('targets=q_proj,x_proj')
    expect(state.targets).toEqual(['q_proj'])
    expect(notices[0]!.message).toMatch(/^Ignored the unknown module “x_proj” in targets/)
    expect(decode('targets=nonsense').state.targets).toEqual(['q_proj', 'v_proj'])
  })

  it('refuse a negative batch and an empty sequence', () => {
    expect(decode('batch=-2').notices[0]!.message).toBe(
      'Ignored batch “-2”: expected a whole number from 1 to 1024.',
    )
    expect(decode('seq=0').state.sequence).toBe(512)
  })

  it('take a custom shape only with model=custom, checking that heads divide evenly', () => {
    const ok = decode('model=custom&dims=96,12288,49152,96,96,50257')
    expect(ok.notices).toEqual([])
    expect(ok.state.dims).toMatchObject({ layers: 96, hidden: 12288, kvHeads: 96 })
    expect(decode('model=custom&dims=32,4096,11008,30,30,32000').notices[0]!.message).toMatch(
      /heads must divide the hidden size/,
    )
    const alone = decode('dims=32,4096,11008,32,32,32000')
    expect(alone.state.dims).toBeUndefined()
    expect(alone.notices[0]!.message).toBe('Ignored dims: they apply only with model=custom.')
    const noDims = decode('model=custom')
    expect(noDims.state.model).toBe('meta-llama/Llama-2-7b-hf')
    expect(noDims.notices[0]!.param).toBe('model')
  })

  it('survive the router handing back a decoded custom shape', () => {
    const { state } = decode('model=custom&dims=96,12288,49152,96,96,50257&targets=q_proj')
    expect(toRawSearch({ ...state, notices: [] })).toMatchObject({
      dims: '96,12288,49152,96,96,50257',
      targets: 'q_proj',
    })
  })
})

describe('chooser links', () => {
  it('open the README example: preference data on a 24 GB GPU', () => {
    const { state, notices } = decode(
      'view=chooser&data=preferences&gpu=24&model-size=7&goal=preferences',
    )
    expect(notices).toEqual([])
    expect(state).toMatchObject({ data: 'preferences', gpu: 24, modelSize: 7, goal: 'preferences' })
    expect(viewStateQuery(state)).toBe('view=chooser&data=preferences&goal=preferences')
  })

  it('take a fractional model size but refuse a GPU of 0 GB', () => {
    expect(decode('model-size=1.5').state.modelSize).toBe(1.5)
    expect(decode('gpu=0').notices[0]!.message).toBe(
      'Ignored gpu “0”: expected a whole number from 1 to 1024 GB.',
    )
    expect(decode('data=tweets').notices[0]!.message).toBe(
      'Ignored data “tweets”: expected one of demonstrations, preferences, unpaired, rewards, none.',
    )
  })

  it('leave the plain address untouched', () => {
    expect(viewStateQuery(DEFAULT_VIEW_STATE)).toBe('')
  })
})
