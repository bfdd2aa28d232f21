import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { readDataDir } from '../../src/build/readDataDir'
import { referenceRows, referenceTable } from './memoryReferenceTable'

const models = readDataDir('data', { requireSeedEntities: true }).data.models
const rows = referenceRows(models)
const reproducible = rows.filter((r) => !r.ref.unreproducible)

describe('the memory estimate against published measurements', () => {
  it('covers at least twenty figures it can reproduce, from several trainers', () => {
    expect(reproducible.length).toBeGreaterThanOrEqual(20)
    expect(new Set(reproducible.map((r) => r.ref.url.split('/')[4])).size).toBeGreaterThanOrEqual(5)
    const tally = `${reproducible.filter((r) => Math.abs(r.error) <= 0.15).length} of ${reproducible.length} reproducible figures within 15 %; ${rows.length - reproducible.length} not reproducible (reasons in the table)`
    console.log(`Memory reference: ${tally}`)
  })

  it.each(reproducible.map((r) => [r.ref.id, r] as const))(
    '%s is within 15 % of the published figure',
    (_, row) => {
      expect(
        Math.abs(row.error),
        `${row.ref.id}: ${(row.error * 100).toFixed(1)} %`,
      ).toBeLessThanOrEqual(0.15)
    },
  )

  it('says why each figure it cannot reproduce is out of reach', () => {
    for (const r of rows.filter((x) => x.ref.unreproducible))
      expect(r.ref.unreproducible!.length).toBeGreaterThan(40)
  })

  it('is shown in the README exactly as computed', () => {
    const readme = readFileSync('README.md', 'utf8')
    const section = readme.slice(
      readme.indexOf('<!-- memory-reference:start -->'),
      readme.indexOf('<!-- memory-reference:end -->'),
    )
    // Cell by cell: the README's copy is padded by the formatter.
    const cells = (table: string) =>
      table
        .split('\n')
        .filter((line) => line.startsWith('|') && !/^\|[\s-|]+\|$/.test(line))
        .map((line) => line.split(' | ').map((cell) => cell.replace(/^\|\s*|\s*\|$/g, '').trim()))
    expect(cells(section).length).toBe(rows.length + 1)
    expect(cells(section)).toEqual(cells(referenceTable(rows)))
  })
})
