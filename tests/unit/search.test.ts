import { describe, expect, it } from 'vitest'
import { readDataDir } from '../../src/build/readDataDir'
import { createTechniqueSearch } from '../../src/domain/explore/search'

const { data } = readDataDir('data', { requireSeedEntities: true })
const search = createTechniqueSearch(data.techniques)

describe('technique search over the real dataset', () => {
  it.each([
    ['qlora', 'qlora'],
    ['QLoRA', 'qlora'],
    ['constituional', 'constitutional-ai'],
    ['prefix tuning', 'prefix-tuning'],
    ['direct preference', 'dpo'],
  ])('"%s" finds %s first', (query, id) => {
    expect(search.search(query)[0]).toBe(id)
  })

  it('"low rank" finds LoRA among its results', () => {
    expect(search.search('low rank')).toContain('lora')
  })

  it('searches organizations', () => {
    expect(search.search('Anthropic')).toContain('constitutional-ai')
  })

  it('returns nothing for empty or nonsense text', () => {
    expect(search.search('   ')).toEqual([])
    expect(search.search('zzqxv')).toEqual([])
  })

  it('puts a technique whose name or alias was typed in full first, then names starting with it', () => {
    const real = createTechniqueSearch(
      readDataDir('data', { requireSeedEntities: true }).data.techniques,
    )
    expect(real.search('dpo')[0]).toBe('dpo')
    expect(real.search('DPO')[0]).toBe('dpo')
    expect(real.search('lora')[0]).toBe('lora')
    expect(real.search('qlo')[0]).toBe('qlora')
  })
})
