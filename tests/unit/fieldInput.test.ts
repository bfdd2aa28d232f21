import { describe, expect, it } from 'vitest'
import { readNumberField } from '../../src/domain/decide/fieldInput'

describe('a number typed into a form field', () => {
  const rank = (raw: string) => readNumberField(raw, 'Rank r', { min: 1, max: 4096 })

  it('is taken when it is a whole number in range', () => {
    expect(rank('1')).toEqual({ value: 1 })
    expect(rank(' 4096 ')).toEqual({ value: 4096 })
  })

  it('is refused in words when empty, zero, too large, negative or fractional', () => {
    for (const bad of ['', '0', '4097', '100000', '-8', '8.5', 'eight'])
      expect(rank(bad)).toEqual({ message: 'Rank r must be a whole number from 1 to 4096.' })
  })

  it('takes decimals when asked and names the unit', () => {
    const size = (raw: string) =>
      readNumberField(
        raw,
        'Model size',
        { min: 0.1, max: 1000 },
        {
          decimals: true,
          unit: 'billion parameters',
        },
      )
    expect(size('1.5')).toEqual({ value: 1.5 })
    expect(size('0.05').message).toBe(
      'Model size must be a number from 0.1 to 1000 billion parameters.',
    )
  })
})
