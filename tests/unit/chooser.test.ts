import { describe, expect, it } from 'vitest'
import { readDataDir } from '../../src/build/readDataDir'
import { createAtlas } from '../../src/domain/atlas'
import { choose, compareIds, type ChooserInput } from '../../src/domain/chooser'

const { data } = readDataDir('data', { requireSeedEntities: true })
const atlas = createAtlas(data)
const run = (over: Partial<ChooserInput>) =>
  choose(atlas, { data: 'preferences', gpu: 24, modelSize: 7, goal: 'preferences', ...over })
const names = (rs: { name: string }[]) => rs.map((r) => r.name)

describe('the chooser', () => {
  it('ranks reference-free preference objectives on adapters first for preference data on 24 GB', () => {
    const r = run({})
    expect(r.proxy.id).toBe('mistralai/Mistral-7B-v0.1')
    expect(names(r.fit).slice(0, 4)).toEqual([
      'QLoRA + ORPO',
      'QLoRA + SimPO',
      'LoRA + ORPO',
      'LoRA + SimPO',
    ])
    expect(names(r.fit)).toContain('QLoRA + DPO')
    // Full-model preference training needs far more than 24 GB.
    const fullDpo = r.unfit.find((x) => x.name === 'DPO (full model)')!
    expect(fullDpo.blockedBy).toBe('memory')
    expect(fullDpo.blocker).toMatch(/more than 24 GB/)
  })

  it('sets apart RLHF with PPO on LoRA because its reward and value models need ~3× the memory', () => {
    const rlhf = run({}).unfit.find((x) => x.key === 'lora+instructgpt')!
    expect(rlhf.blocker).toMatch(/^needs a reward model and a value model: ~2\.9× memory/)
    expect(rlhf.reasons.map((x) => x.from)).toEqual(
      expect.arrayContaining([
        'techniques.json › instructgpt › decision.rewardModel',
        'techniques.json › instructgpt › decision.valueModel',
        'calculator',
      ]),
    )
  })

  it('traces every reason to a decision trait in the data or to the calculator', () => {
    for (const rec of [...run({}).fit, ...run({}).unfit])
      for (const reason of rec.reasons)
        expect(reason.from).toMatch(/^(calculator|techniques\.json › [a-z0-9-]+ › decision\.\w+)$/)
  })

  it('lists recipes that need other data apart, after those held back only by memory', () => {
    const { unfit } = run({})
    const firstData = unfit.findIndex((x) => x.blockedBy === 'data')
    expect(firstData).toBeGreaterThan(0)
    expect(unfit.slice(firstData).every((x) => x.blockedBy === 'data')).toBe(true)
    expect(unfit.find((x) => x.key === 'qlora+kto')!.blocker).toMatch(/unpaired/)
  })

  it('moves a recipe from the fitting list to the others when the GPU shrinks', () => {
    expect(names(run({ gpu: 24 }).fit)).toContain('LoRA + DPO')
    expect(names(run({ gpu: 8 }).fit)).not.toContain('LoRA + DPO')
    expect(names(run({ gpu: 8 }).fit)).toContain('QLoRA + DPO')
    expect(run({ gpu: 2 }).fit).toEqual([])
  })

  it('favours adapters for serving many adapters, and GRPO for reasoning with rewards', () => {
    const many = run({ data: 'demonstrations', goal: 'many-adapters', gpu: 200 })
    expect(many.fit.at(-1)!.name).toBe('Full fine-tuning (supervised)')
    expect(many.fit[0]!.parameterization).not.toBe('full-fine-tuning')
    const reasoning = run({ data: 'rewards', goal: 'reasoning', gpu: 80 })
    expect(names(reasoning.fit)).toEqual(['QLoRA + GRPO', 'LoRA + GRPO'])
  })

  it('offers merging finished models when there is no training data', () => {
    expect(names(run({ data: 'none' }).fit)).toEqual(['TIES-Merging'])
  })

  it('stands in for a model size with the nearest bundled model', () => {
    expect(run({ modelSize: 70 }).proxy.id).toBe('meta-llama/Llama-2-70b-hf')
    expect(run({ modelSize: 1.2 }).proxy.id).toBe('meta-llama/Llama-3.2-1B')
  })

  it('compares the top three distinct techniques', () => {
    expect(compareIds(run({}).fit)).toEqual(['orpo', 'simpo', 'dpo'])
    // One objective only: its parameterizations fill the comparison.
    expect(compareIds(run({ data: 'rewards', goal: 'reasoning', gpu: 80 }).fit)).toEqual([
      'grpo',
      'qlora',
      'lora',
    ])
    expect(compareIds([])).toEqual([])
  })
})
