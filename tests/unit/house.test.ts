/**
 * House rules a reader can rely on: no room in src/ over 250 lines (stylesheets included), and
 * no import circle, counting type-only and dynamic imports (the lint rule import-x/no-cycle
 * ignores imports of types, which still tie two rooms together).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const SRC = resolve(__dirname, '../../src')
const MAX_LINES = 250

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? filesUnder(path) : [path]
  })
}

const sources = filesUnder(SRC).filter((f) => /\.(tsx?|css)$/.test(f))
const lineCount = (text: string) => text.split('\n').length - (text.endsWith('\n') ? 1 : 0)

/** Relative module specifiers a file imports: static, re-exported, type-only or dynamic. */
function importsOf(text: string): string[] {
  const specs = [
    ...text.matchAll(/^\s*(?:import|export)\b[^'";]*?\bfrom\s*['"](\.[^'"]+)['"]/gm),
    ...text.matchAll(/^\s*import\s*['"](\.[^'"]+)['"]/gm),
    ...text.matchAll(/\bimport\(\s*['"](\.[^'"]+)['"]\s*\)/g),
  ].map((m) => m[1]!)
  return [...new Set(specs)]
}

function resolveImport(from: string, spec: string, known: ReadonlySet<string>): string | null {
  const base = resolve(dirname(from), spec)
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')])
    if (known.has(candidate)) return candidate
  return null
}

/** Strongly connected components with more than one module, or a module importing itself. */
function importCircles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let counter = 0
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const circles: string[][] = []
  const visit = (v: string) => {
    index.set(v, counter)
    low.set(v, counter++)
    stack.push(v)
    onStack.add(v)
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w)
        low.set(v, Math.min(low.get(v)!, low.get(w)!))
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!))
    }
    if (low.get(v) !== index.get(v)) return
    const component: string[] = []
    let w: string
    do {
      w = stack.pop()!
      onStack.delete(w)
      component.push(w)
    } while (w !== v)
    if (component.length > 1 || graph.get(v)?.includes(v)) circles.push(component.sort())
  }
  for (const v of graph.keys()) if (!index.has(v)) visit(v)
  return circles
}

describe('the house', () => {
  it(`keeps every source file and stylesheet in src/ at ${MAX_LINES} lines or fewer`, () => {
    const over = sources
      .map((f) => ({ file: relative(SRC, f), lines: lineCount(readFileSync(f, 'utf8')) }))
      .filter((f) => f.lines > MAX_LINES)
    expect(over).toEqual([])
  })

  it('has no import circle, type-only and dynamic imports included', () => {
    const code = new Set(sources.filter((f) => /\.tsx?$/.test(f)))
    const graph = new Map(
      [...code].map((f) => [
        f,
        importsOf(readFileSync(f, 'utf8'))
          .map((spec) => resolveImport(f, spec, code))
          .filter((x): x is string => x !== null),
      ]),
    )
    // The graph is real: the app's entry reaches most of src through it.
    expect([...graph.values()].flat().length).toBeGreaterThan(code.size)
    expect(importCircles(graph).map((c) => c.map((f) => relative(SRC, f)))).toEqual([])
  })
})

describe('the circle finder', () => {
  it('finds a circle through a type-only and a dynamic import, and none in a chain', () => {
    expect(
      importsOf(
        "import type { A } from './a'\nexport { b } from '../b.ts'\nconst c = import('./c')\nimport x from 'react'",
      ),
    ).toEqual(['./a', '../b.ts', './c'])
    const chain = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', []],
    ])
    expect(importCircles(chain)).toEqual([])
    expect(importCircles(new Map([...chain, ['c', ['a']]]))).toEqual([['a', 'b', 'c']])
    expect(importCircles(new Map([['a', ['a']]]))).toEqual([['a']])
  })
})
