import { describe, expect, it } from 'vitest'
import { readDataDir } from '../../src/build/readDataDir'
import { createAtlas } from '../../src/domain/data/atlas'
import { choose, compareIds, type ChooserInput } from '../../src/domain/decide/chooser'

const { data } = readDataDir('data', { requireSeedEntities: true })
const atlas = createAtlas(data)
const run = (over: Partial<ChooserInput>) =>
  choose(atlas, { data: 'demonstrations', gpu: 24, modelSize: 7, goal: 'instructions', ...over })
const names = (rs: { name: string }[]) => rs.map((r) => r.name)

describe('the chooser, as a practitioner would answer', () => {
  it('puts full fine-tuning first for a 0.5B model on a 24 GB card, sized as 0.5B', () => {
    const r = run({ modelSize: 0.5 })
    expect(r.proxy.id).toBe('Qwen/Qwen2.5-0.5B')
    expect(names(r.fit).slice(0, 2)).toEqual(['Full fine-tuning (supervised)', 'LoRA (supervised)'])
  })

  it('puts 16-bit LoRA before QLoRA for an 8B model on an 80 GB card, and full fine-tuning out', () => {
    const r = run({ modelSize: 8, gpu: 80 })
    const order = names(r.fit)
    expect(order[0]).toBe('LoRA (supervised)')
    expect(order.indexOf('LoRA (supervised)')).toBeLessThan(order.indexOf('QLoRA (supervised)'))
    expect(r.unfit.find((x) => x.name === 'Full fine-tuning (supervised)')!.blocker).toMatch(
      /more than 80 GB/,
    )
  })

  it('turns to QLoRA when 16-bit LoRA would fill a 16 GB card', () => {
    const r = run({ gpu: 16 })
    expect(r.fit[0]!.name).toBe('QLoRA (supervised)')
    const lora = r.fit.find((x) => x.name === 'LoRA (supervised)')
    expect(lora?.reasons.some((x) => /little room/.test(x.text))).toBe(true)
  })

  it('serves many adapters from 16-bit LoRA on a 1B model', () => {
    const r = run({ modelSize: 1, goal: 'many-adapters' })
    expect(r.fit[0]!.name).toBe('LoRA (supervised)')
    expect(r.fit.at(-1)!.name).toBe('Full fine-tuning (supervised)')
  })

  it('charges GRPO with a verifier no reward model, but its rollouts’ cache', () => {
    const r = run({ data: 'rewards', goal: 'reasoning', gpu: 80 })
    expect(names(r.fit)).toEqual(['LoRA + GRPO', 'QLoRA + GRPO'])
    const grpo = r.fit[0]!
    const texts = grpo.reasons.map((x) => x.text).join('\n')
    expect(texts).toMatch(/your reward function or verifier: no reward model is held/)
    expect(texts).toMatch(/Samples 8 completions per prompt while training: their key\/value cache/)
    expect(texts).not.toMatch(/Needs a reward model/)
    // Full-model GRPO is held back by its own size, not by a reward model.
    expect(r.unfit.find((x) => x.key === 'grpo')!.blocker).not.toMatch(/reward model/)
  })

  it('still charges PPO-style RLHF its reward and value models', () => {
    const rlhf = run({ data: 'preferences', goal: 'preferences' }).unfit.find(
      (x) => x.key === 'lora+instructgpt',
    )!
    expect(rlhf.blocker).toMatch(/^needs a reward model and a value model: ~\d(\.\d)?× memory/)
    expect(rlhf.reasons.map((x) => x.from)).toEqual(
      expect.arrayContaining([
        'techniques.json › instructgpt › decision.rewardModel',
        'techniques.json › instructgpt › decision.valueModel',
        'calculator',
      ]),
    )
  })

  it('ranks preference objectives without a reference model first, on 16-bit adapters when they fit', () => {
    const r = run({ data: 'preferences', goal: 'preferences' })
    expect(names(r.fit).slice(0, 2).sort()).toEqual(['LoRA + ORPO', 'LoRA + SimPO'])
    expect(names(r.fit)).toContain('QLoRA + DPO')
    expect(r.unfit.find((x) => x.name === 'DPO (full model)')!.blockedBy).toBe('memory')
  })

  it('says to try prompting or retrieval first with a few hundred examples, and marks full fine-tuning down', () => {
    const few = run({ modelSize: 0.5, examples: 300 })
    expect(few.advice.join(' ')).toMatch(/With 300 examples, prompting or retrieval may already do/)
    expect(few.fit[0]!.name).toBe('LoRA (supervised)')
    expect(run({ examples: 40 }).advice[0]).toMatch(
      /try prompting .* or retrieval, before fine-tuning/,
    )
    expect(run({}).advice).toEqual([])
  })

  it('with millions of examples, says a small adapter may underfit', () => {
    const many = run({ modelSize: 0.5, examples: 2_000_000 })
    expect(many.advice.join(' ')).toMatch(/rank-16 adapter may underfit/)
    expect(many.fit[0]!.name).toBe('Full fine-tuning (supervised)')
  })

  it('traces every reason to a decision trait in the data, the calculator or the amount of data', () => {
    for (const rec of [...run({ examples: 300 }).fit, ...run({}).unfit])
      for (const reason of rec.reasons)
        expect(reason.from).toMatch(
          /^(calculator|examples|techniques\.json › [a-z0-9-]+ › decision\.\w+)$/,
        )
  })

  it('lists recipes that need other data apart, after those held back only by memory', () => {
    const { unfit } = run({ data: 'preferences', goal: 'preferences' })
    const firstData = unfit.findIndex((x) => x.blockedBy === 'data')
    expect(firstData).toBeGreaterThan(0)
    expect(unfit.slice(firstData).every((x) => x.blockedBy === 'data')).toBe(true)
    expect(unfit.find((x) => x.key === 'qlora+kto')!.blocker).toMatch(/unpaired/)
  })

  it('moves a recipe to the others when the GPU shrinks, and offers merging without data', () => {
    expect(names(run({ gpu: 8 }).fit)).not.toContain('LoRA (supervised)')
    expect(names(run({ gpu: 8 }).fit)).toContain('QLoRA (supervised)')
    expect(run({ gpu: 2 }).fit).toEqual([])
    expect(names(run({ data: 'none' }).fit)).toEqual(['TIES-Merging'])
  })

  it('stands in for a size with the nearest bundled model, and compares the top techniques', () => {
    expect(run({ modelSize: 70 }).proxy.id).toBe('meta-llama/Llama-2-70b-hf')
    expect(run({ modelSize: 1.2 }).proxy.id).toBe('meta-llama/Llama-3.2-1B')
    expect(compareIds(run({ data: 'preferences', goal: 'preferences' }).fit)).toHaveLength(3)
    expect(compareIds(run({ data: 'rewards', goal: 'reasoning', gpu: 80 }).fit)).toEqual([
      'grpo',
      'lora',
      'qlora',
    ])
    expect(compareIds([])).toEqual([])
  })
})
