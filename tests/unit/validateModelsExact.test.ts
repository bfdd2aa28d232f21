/** The calculator's model shapes file: every problem named, bad records left out, the rest kept. */
import { describe, expect, it } from 'vitest'
import { validateModels } from '../../src/domain/data/validateModels'
import models from '../../data/models.json'

const good = models[0]!
const shape = (patch: Record<string, unknown>) => ({ ...good, ...patch })

describe('validating the model shapes', () => {
  it('keeps every bundled model', () => {
    const { models: kept, problems } = validateModels(models)
    expect(problems).toEqual([])
    expect(kept.map((m) => m.id)).toEqual(models.map((m) => m.id))
  })

  it('says a file that is not a list of shapes is not, and keeps nothing', () => {
    for (const raw of [{ models }, 'text', null])
      expect(validateModels(raw)).toEqual({
        models: [],
        problems: [
          {
            file: 'models.json',
            id: '*',
            field: '*',
            message: 'must hold a JSON array of model shapes',
          },
        ],
      })
  })

  it('names a broken record by its id, or its place when it has none, and each bad field', () => {
    const { models: kept, problems } = validateModels([
      shape({ id: 'org/broken', layers: -1 }),
      { name: 'no id at all' },
      'not an object',
      good,
    ])
    expect(kept.map((m) => m.id)).toEqual([good.id])
    expect(problems.find((p) => p.id === 'org/broken')).toMatchObject({
      file: 'models.json',
      field: 'layers',
    })
    expect(problems.filter((p) => p.id === '#1').map((p) => p.field)).toContain('id')
    expect(problems.filter((p) => p.id === '#2')).toEqual([
      expect.objectContaining({ file: 'models.json', field: '*' }),
    ])
  })

  it('keeps the first of two ids that differ only in letter case', () => {
    const { models: kept, problems } = validateModels([good, shape({ id: good.id.toUpperCase() })])
    expect(kept).toHaveLength(1)
    expect(kept[0]!.id).toBe(good.id)
    expect(problems).toEqual([
      { file: 'models.json', id: good.id.toUpperCase(), field: 'id', message: 'is listed twice' },
    ])
  })

  it('refuses heads that do not divide the width, unless the head size is given', () => {
    const odd = shape({ id: 'x/odd', hidden: 1000, heads: 3, kvHeads: 1 })
    expect(validateModels([odd]).problems).toEqual([
      {
        file: 'models.json',
        id: 'x/odd',
        field: 'heads',
        message: 'must divide hidden unless headDim is given',
      },
    ])
    const sized = shape({ id: 'x/sized', hidden: 1000, heads: 3, kvHeads: 1, headDim: 128 })
    expect(validateModels([sized])).toMatchObject({ problems: [], models: [{ id: 'x/sized' }] })
  })

  it('refuses key-value heads that do not divide the heads', () => {
    const grouped = shape({ id: 'x/gqa', hidden: 1024, heads: 16, kvHeads: 3 })
    expect(validateModels([grouped])).toEqual({
      models: [],
      problems: [
        { file: 'models.json', id: 'x/gqa', field: 'kvHeads', message: 'must divide heads' },
      ],
    })
    // A refused shape does not block a later one with the same id.
    expect(
      validateModels([grouped, shape({ id: 'x/gqa', hidden: 1024, heads: 16, kvHeads: 4 })]).models,
    ).toHaveLength(1)
  })
})
