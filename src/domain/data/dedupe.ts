/** Record de-duplication for the dataset checks: the first of each key wins, the rest are reported. */
import type { DataFile } from './constants.ts'
import type { DataProblem } from './dataset.ts'

/** Keeps the first record of each key and reports the others as duplicates. */
export function dedupe<T>(
  records: T[],
  key: (r: T) => string,
  label: (r: T) => string,
  file: DataFile,
  problems: DataProblem[],
  what = 'id',
): T[] {
  const seen = new Set<string>()
  return records.filter((r) => {
    const k = key(r)
    if (seen.has(k)) {
      problems.push({ file, id: label(r), field: what, message: `duplicate ${what} '${k}'` })
      return false
    }
    seen.add(k)
    return true
  })
}

export const byId = <T extends { id: string }>(r: T) => r.id
