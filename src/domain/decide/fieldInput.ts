/**
 * Reading a number typed into a form field: the value when it is usable, otherwise a message
 * in words to show beside the field (the URL keeps its last good value meanwhile).
 */
export function readNumberField(
  raw: string,
  label: string,
  range: { min: number; max: number },
  opts: { decimals?: boolean; unit?: string } = {},
): { value?: number; message?: string } {
  const v = raw.trim()
  const kind = opts.decimals ? 'a number' : 'a whole number'
  const unit = opts.unit ? ` ${opts.unit}` : ''
  const expected = `${label} must be ${kind} from ${range.min} to ${range.max}${unit}.`
  if (v === '') return { message: expected }
  const ok = opts.decimals ? /^\d+(\.\d+)?$/.test(v) : /^\d+$/.test(v)
  const n = ok ? Number(v) : NaN
  if (n >= range.min && n <= range.max) return { value: n }
  return { message: expected }
}
