// @vitest-environment jsdom
import { fireEvent, render, screen, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { readDataDir } from '../../src/build/readDataDir'
import { createAtlas } from '../../src/domain/data/atlas'
import { DEFAULT_VIEW_STATE, type UrlNotice, type ViewState } from '../../src/domain/url/viewState'
import { CalculatorView } from '../../src/components/decide/CalculatorView'
import { ChooserView } from '../../src/components/decide/ChooserView'

const data = readDataDir('data', { requireSeedEntities: true }).data
const atlas = createAtlas(data)
const link = (href: string) => ({ href, onClick: () => {} })
const notice = (param: string): UrlNotice => ({ param, message: `Ignored ${param} here.` })

function calculator(over: Partial<ViewState> = {}, notices: UrlNotice[] = []) {
  const onChange = vi.fn()
  render(
    <CalculatorView
      models={data.models}
      state={{ ...DEFAULT_VIEW_STATE, view: 'calculator', ...over }}
      notices={notices}
      onChange={onChange}
      techniqueLink={(id) => link(`/?technique=${id}`)}
    />,
  )
  return onChange
}

function chooser(over: Partial<ViewState> = {}, notices: UrlNotice[] = []) {
  const onChange = vi.fn()
  render(
    <ChooserView
      atlas={atlas}
      state={{ ...DEFAULT_VIEW_STATE, view: 'chooser', ...over }}
      notices={notices}
      onChange={onChange}
      links={{
        node: (id) => link(`/?technique=${id}`),
        useIt: (id) => link(`/?technique=${id}&use`),
        compare: (ids) => link(`/?compare=${ids.join(',')}`),
        breakdown: () => link('/?view=calculator'),
      }}
    />,
  )
  return onChange
}

describe('what a bad link said, beside each field', () => {
  it('in the calculator', () => {
    const params = [
      ['Model', 'model'],
      ['Method', 'method'],
      ['Rank r', 'rank'],
      ['Base weights', 'precision'],
      ['Optimizer', 'optimizer'],
      ['Batch size', 'batch'],
      [/^Sequence length/, 'seq'],
      ['Attention', 'attention'],
      ['Adapter dtype', 'adapter-dtype'],
      ['Loss', 'loss'],
      ['GPUs', 'gpus'],
      ['Sharding across GPUs', 'sharding'],
    ] as const
    calculator({}, [...params.map(([, p]) => notice(p)), notice('targets')])
    // Each field is described by its own notice (what a screen reader says with it).
    const described = (el: HTMLElement) =>
      (el.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' ')
    for (const [label, param] of params)
      expect(
        described(screen.getByLabelText(label, { exact: true, selector: 'input, select' })),
      ).toContain(`Ignored ${param} here.`)
    expect(
      within(screen.getByRole('group', { name: /Target modules/ })).getByText(
        'Ignored targets here.',
      ),
    ).toBeTruthy()
  })

  it('in the chooser', () => {
    chooser({}, ['data', 'gpu', 'model-size', 'goal', 'examples'].map(notice))
    for (const p of ['data', 'gpu', 'model-size', 'goal', 'examples'])
      expect(screen.getByText(`Ignored ${p} here.`)).toBeTruthy()
  })
})

describe('the calculator’s other fields', () => {
  it('sends the method, precision, optimizer, targets and model it is given', () => {
    const onChange = calculator({ checkpointing: 'on', dropout: 'on' })
    fireEvent.change(screen.getByLabelText('Method'), { target: { value: 'dora' } })
    expect(onChange).toHaveBeenLastCalledWith({ method: 'dora' })
    fireEvent.change(screen.getByLabelText('Base weights'), { target: { value: '8-bit' } })
    expect(onChange).toHaveBeenLastCalledWith({ precision: '8-bit' })
    fireEvent.change(screen.getByLabelText('Optimizer'), { target: { value: 'sgd' } })
    expect(onChange).toHaveBeenLastCalledWith({ optimizer: 'sgd' })
    fireEvent.click(screen.getByLabelText('k_proj'))
    expect(onChange).toHaveBeenLastCalledWith({ targets: ['q_proj', 'k_proj', 'v_proj'] })
    expect(screen.getByLabelText('Gradient checkpointing')).toHaveProperty('checked', true)
    expect(screen.getByLabelText('Adapter dropout')).toHaveProperty('checked', true)
    fireEvent.click(screen.getByLabelText('Gradient checkpointing'))
    expect(onChange).toHaveBeenLastCalledWith({ checkpointing: 'off' })
    fireEvent.click(screen.getByLabelText('Adapter dropout'))
    expect(onChange).toHaveBeenLastCalledWith({ dropout: 'off' })
    fireEvent.change(screen.getByLabelText('Model'), { target: { value: 'custom' } })
    expect(onChange).toHaveBeenLastCalledWith({
      model: 'custom',
      dims: {
        layers: 32,
        hidden: 4096,
        intermediate: 11008,
        heads: 32,
        kvHeads: 32,
        vocab: 32000,
        tiedEmbeddings: false,
      },
    })
    fireEvent.change(screen.getByLabelText('Model'), { target: { value: 'Qwen/Qwen2.5-7B' } })
    expect(onChange).toHaveBeenLastCalledWith({ model: 'Qwen/Qwen2.5-7B', dims: undefined })
  })

  it('keeps a bad typed number in its box with a message, and sends nothing', () => {
    const onChange = calculator()
    const rank = screen.getByLabelText('Rank r')
    fireEvent.change(rank, { target: { value: '0' } })
    expect(onChange).not.toHaveBeenCalled()
    expect(rank.getAttribute('aria-invalid')).toBe('true')
    expect(screen.getByText(/^Rank r must be a whole number/)).toBeTruthy()
  })

  it('keeps only one target ticked at least, and names all-linear', () => {
    calculator({ targets: ['q_proj'] })
    expect(screen.getByLabelText('q_proj')).toHaveProperty('disabled', true)
    calculator({
      targets: ['q_proj', 'k_proj', 'v_proj', 'o_proj', 'gate_proj', 'up_proj', 'down_proj'],
    })
    expect(screen.getByText('(all-linear)')).toBeTruthy()
  })

  it('says where a bundled model was read, and sends a custom shape once typed whole', () => {
    calculator({ model: 'google/gemma-2b' })
    expect(
      screen.getByText(
        /Gemma 2B: 18 layers, hidden 2,048, MLP 16,384, 8 heads \(1 key\/value\), vocabulary 256,000, tied embeddings/,
      ),
    ).toBeTruthy()
    expect(screen.getByRole('link', { name: 'where it was read' }).getAttribute('href')).toMatch(
      /^https:\/\/huggingface\.co\//,
    )
    const onChange = calculator({
      model: 'custom',
      dims: {
        layers: 2,
        hidden: 64,
        intermediate: 128,
        heads: 2,
        kvHeads: 2,
        vocab: 100,
        tiedEmbeddings: false,
      },
    })
    expect(screen.getByText(/^Custom shape, counted as a Llama-style block/)).toBeTruthy()
    fireEvent.change(screen.getByLabelText('Dimensions'), { target: { value: '4,64,128,2,2,100' } })
    expect(onChange).toHaveBeenLastCalledWith(
      {
        dims: {
          layers: 4,
          hidden: 64,
          intermediate: 128,
          heads: 2,
          kvHeads: 2,
          vocab: 100,
          tiedEmbeddings: false,
        },
      },
      { replace: true },
    )
  })

  it('says why a precision is not the one asked', () => {
    calculator({ method: 'qlora', precision: '16-bit' })
    expect(screen.getByText(/QLoRA trains LoRA adapters over a 4-bit NF4 base/)).toBeTruthy()
  })
})

describe('the chooser’s other fields and lists', () => {
  it('sends the data and goal it is given', () => {
    const onChange = chooser()
    fireEvent.change(screen.getByLabelText('Data you have'), { target: { value: 'preferences' } })
    expect(onChange).toHaveBeenLastCalledWith({ data: 'preferences' })
    fireEvent.change(screen.getByLabelText('Goal'), { target: { value: 'reasoning' } })
    expect(onChange).toHaveBeenLastCalledWith({ goal: 'reasoning' })
  })

  it('marks each reason plus, minus or neutral, and lists what does not fit and why', () => {
    chooser({ data: 'preferences', goal: 'preferences', gpu: 24 })
    const items = [...document.querySelectorAll<HTMLElement>('.recipe-list > li')]
    const dpo = items.find((li) => li.querySelector('strong')!.textContent === 'LoRA + DPO')!
    const marks = [...dpo.querySelectorAll('.reason')].map((r) => r.textContent!.slice(0, 2))
    expect(marks).toEqual(expect.arrayContaining(['+ ', '− ', '· ']))
    const first = items[0]!
    expect(
      within(first as HTMLElement)
        .getByRole('link', { name: 'ORPO in the map' })
        .getAttribute('href'),
    ).toBe('/?technique=orpo')
    expect(
      within(first as HTMLElement)
        .getByRole('link', { name: 'Use LoRA' })
        .getAttribute('href'),
    ).toBe('/?technique=lora&use')
    const misfits = screen.getByRole('list', { name: /Does not fit your GPU/ })
    expect(within(misfits).getByText('DPO (full model)')).toBeTruthy()
    expect(screen.getByText(/^Needs other data \(11\)/)).toBeTruthy()
    expect(
      screen.getByText(
        /the bundled model nearest 7 B parameters, with rank 16 on all 7 linear layers/,
      ),
    ).toBeTruthy()
  })

  it('says so when nothing fits', () => {
    chooser({ gpu: 1 })
    expect(
      screen.getByText('Nothing fits these inputs; the list below says why each one does not.'),
    ).toBeTruthy()
  })
})
