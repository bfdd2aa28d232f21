import { describe, expect, it } from 'vitest'
import { groupProblems } from '../../src/domain/data/dataset'

describe('dataset problems for the dev notice', () => {
  it('gives each record one line with all of its problems, in first-seen order', () => {
    expect(
      groupProblems([
        { file: 'techniques.json', id: 'x', field: 'year', message: 'too early' },
        { file: 'tools.json', id: '*', field: '*', message: 'is not valid JSON' },
        { file: 'techniques.json', id: 'x', field: 'paper', message: 'unknown' },
      ]),
    ).toEqual([
      {
        record: 'techniques.json › x',
        text: 'techniques.json › x: year: too early; paper: unknown',
      },
      { record: 'tools.json › *', text: 'tools.json › *: is not valid JSON' },
    ])
  })
})
