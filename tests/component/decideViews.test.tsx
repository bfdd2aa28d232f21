// @vitest-environment jsdom
import { fireEvent, render, screen, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { readDataDir } from '../../src/build/readDataDir'
import { createAtlas } from '../../src/domain/data/atlas'
import { DEFAULT_VIEW_STATE, type ViewState } from '../../src/domain/url/viewState'
import { CalculatorView } from '../../src/components/decide/CalculatorView'
import { ChooserView, type ChooserLinks } from '../../src/components/decide/ChooserView'

const data = readDataDir('data', { requireSeedEntities: true }).data
const atlas = createAtlas(data)
const link = (href: string) => ({ href, onClick: () => {} })

function calculator(over: Partial<ViewState> = {}) {
  const onChange = vi.fn()
  render(
    <CalculatorView
      models={data.models}
      state={{ ...DEFAULT_VIEW_STATE, view: 'calculator', ...over }}
      notices={[]}
      onChange={onChange}
      techniqueLink={(id) => link(`/?technique=${id}`)}
    />,
  )
  return onChange
}

function chooser(over: Partial<ViewState> = {}) {
  const onChange = vi.fn()
  const links: ChooserLinks = {
    node: (id) => link(`/?technique=${id}`),
    useIt: (id) => link(`/?technique=${id}&use`),
    compare: (ids) => link(`/?compare=${ids.join(',')}`),
    breakdown: vi.fn(() => link('/?view=calculator')),
  }
  render(
    <ChooserView
      atlas={atlas}
      state={{ ...DEFAULT_VIEW_STATE, view: 'chooser', ...over }}
      notices={[]}
      onChange={onChange}
      links={links}
    />,
  )
  return { onChange, links }
}

const row = (name: RegExp) => screen.getByRole('row', { name })

describe('the calculator view', () => {
  it('shows the default LoRA estimate part by part, each with its formula and source', () => {
    calculator()
    expect(screen.getByTestId('trainable').textContent).toBe('4,194,304')
    expect(screen.getByText('0.0622 % of 6,742,609,920')).toBeTruthy()
    expect(screen.getByTestId('total-memory').textContent).toBe('16.3 GB')
    expect(row(/^Model weights/).textContent).toContain('2 bytes × every frozen weight')
    expect(row(/^Logits and loss/).textContent).toContain('0.2 GB')
    expect(row(/^Runtime allowance/).textContent).toContain('1.4 GB')
    expect(
      within(row(/^Activations/))
        .getByRole('link')
        .getAttribute('href'),
    ).toBe('https://arxiv.org/abs/2205.14135')
    expect(screen.getByRole('link', { name: 'LoRA' }).getAttribute('href')).toBe('/?technique=lora')
    expect(screen.getByRole('link', { name: 'config.json' }).getAttribute('href')).toBe(
      'https://huggingface.co/meta-llama/Llama-2-7b-hf/blob/main/config.json',
    )
  })

  it('sends each setting it changes to the address', () => {
    const onChange = calculator()
    fireEvent.change(screen.getByLabelText('Attention'), { target: { value: 'eager' } })
    expect(onChange).toHaveBeenLastCalledWith({ attention: 'eager' })
    fireEvent.change(screen.getByLabelText('GPUs'), { target: { value: '8' } })
    expect(onChange).toHaveBeenLastCalledWith({ gpus: 8 }, { replace: true })
    fireEvent.change(screen.getByLabelText('Sharding across GPUs'), { target: { value: 'zero3' } })
    expect(onChange).toHaveBeenLastCalledWith({ sharding: 'zero3' })
    fireEvent.click(screen.getByLabelText('Adapter dropout'))
    expect(onChange).toHaveBeenLastCalledWith({ dropout: 'on' })
    fireEvent.change(screen.getByLabelText('Adapter dtype'), { target: { value: 'fp32' } })
    expect(onChange).toHaveBeenLastCalledWith({ adapterDtype: 'fp32' })
    fireEvent.change(screen.getByLabelText('Loss'), { target: { value: 'chunked' } })
    expect(onChange).toHaveBeenLastCalledWith({ loss: 'chunked' })
    fireEvent.click(screen.getByLabelText('Gradient checkpointing'))
    expect(onChange).toHaveBeenLastCalledWith({ checkpointing: 'on' })
    fireEvent.change(screen.getByLabelText('Rank r'), { target: { value: '16' } })
    expect(onChange).toHaveBeenLastCalledWith({ rank: 16 }, { replace: true })
    fireEvent.change(screen.getByLabelText('Batch size'), { target: { value: '4' } })
    expect(onChange).toHaveBeenLastCalledWith({ batch: 4 }, { replace: true })
    fireEvent.change(screen.getByLabelText(/Sequence length/), { target: { value: '2048' } })
    expect(onChange).toHaveBeenLastCalledWith({ sequence: 2048 }, { replace: true })
  })

  it('drops the adapter fields for full fine-tuning, and shows what the settings change', () => {
    calculator({ method: 'full-fine-tuning', gpus: 4, sharding: 'zero3', attention: 'eager' })
    expect(screen.queryByLabelText('Rank r')).toBeNull()
    expect(screen.queryByLabelText('Adapter dtype')).toBeNull()
    expect(screen.queryByLabelText('Adapter dropout')).toBeNull()
    expect(row(/^Model weights/).textContent).toContain('÷ 4 GPUs (zero3)')
    expect(row(/^Activations/).textContent).toContain('eager attention: its scores too')
  })

  it('says what is wrong with a shape beside its field, and gives no estimate', () => {
    const bad = {
      layers: 32,
      hidden: 4096,
      intermediate: 11008,
      heads: 32,
      kvHeads: 5,
      vocab: 32000,
      tiedEmbeddings: false,
    }
    calculator({ model: 'custom', dims: bad })
    // Beside the field, as its own check reads it; in the results, as the calculator's does.
    expect(screen.getByText(/^Dimensions: the key\/value heads must divide the heads/)).toBeTruthy()
    expect(screen.getByRole('status').textContent).toContain(
      'Key/value heads must divide the 32 attention heads evenly (got 5).',
    )
    expect(screen.getByRole('status').textContent).toMatch(
      /^No estimate until these are corrected:/,
    )
    expect(screen.queryByTestId('total-memory')).toBeNull()
  })
})

describe('the chooser view', () => {
  it('ranks the recipes and links each memory breakdown to the calculator’s settings', () => {
    const { links } = chooser({ data: 'rewards', gpu: 80, modelSize: 7, goal: 'reasoning' })
    const names = [...document.querySelectorAll('.recipe-list > li .recipe-head strong')].map(
      (e) => e.textContent,
    )
    expect(names).toEqual(['LoRA + GRPO', 'QLoRA + GRPO'])
    expect(screen.getAllByRole('link', { name: 'Memory breakdown' })).toHaveLength(2)
    expect(links.breakdown).toHaveBeenCalledWith({
      model: 'mistralai/Mistral-7B-v0.1',
      method: 'lora',
      rank: 16,
      targets: expect.arrayContaining(['q_proj', 'down_proj']),
      precision: 'auto',
      optimizer: 'adamw',
      batch: 8,
      sequence: 1024,
      checkpointing: 'on',
    })
    expect(screen.getByText(/online RL samples 8 completions per prompt/)).toBeTruthy()
    expect(
      screen.getByRole('link', { name: 'Compare GRPO, LoRA, QLoRA' }).getAttribute('href'),
    ).toBe('/?compare=grpo,lora,qlora')
  })

  it('takes the number of examples, says what it means, and clears it', () => {
    const { onChange } = chooser({ modelSize: 0.5, examples: 300 })
    expect(screen.getByRole('note').textContent).toMatch(
      /^With 300 examples, prompting or retrieval/,
    )
    const field = screen.getByLabelText('Training examples')
    fireEvent.change(field, { target: { value: '50000' } })
    expect(onChange).toHaveBeenLastCalledWith({ examples: 50000 }, { replace: true })
    fireEvent.change(field, { target: { value: '' } })
    expect(onChange).toHaveBeenLastCalledWith({ examples: undefined }, { replace: true })
    fireEvent.change(screen.getByLabelText(/GPU memory/), { target: { value: '48' } })
    expect(onChange).toHaveBeenLastCalledWith({ gpu: 48 }, { replace: true })
    fireEvent.change(screen.getByLabelText(/Model size/), { target: { value: '13' } })
    expect(onChange).toHaveBeenLastCalledWith({ modelSize: 13 }, { replace: true })
  })

  it('gives no advice when the amount of data is not known', () => {
    chooser({})
    expect(screen.queryByRole('note')).toBeNull()
  })
})
