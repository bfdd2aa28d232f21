/**
 * Valid HTML, as the W3C Nu HTML Checker (vnu) sees it: every page the build ships, and the
 * live DOM of the app's states (serialized after the app has rendered them). Screen readers
 * handle invalid ARIA unpredictably, so an error here is an accessibility defect.
 *
 * vnu runs on Java: .ci/run installs a headless runtime when `java` is missing.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { openAtlas } from './helpers'

const DIST = 'dist'
/** The checker the vnu-jar package ships (its own entry point would try to download Java). */
const VNU_JAR = join('node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar')

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return htmlFiles(path)
    return name.endsWith('.html') ? [path] : []
  })
}

interface VnuMessage {
  type: string
  url: string
  message: string
  extract?: string
}

/** vnu's errors over the files, one line each: file, message and the markup it points at. */
/**
 * Inline stylesheets are checked too, by vnu's own CSS validator, which predates CSS
 * containment level 3: it does not know the standard `container` shorthand (container queries,
 * Baseline since 2023). Only that message is set aside; every other CSS error still counts.
 */
const UNKNOWN_TO_VNU = /^CSS: “container”: Property “container” doesn't exist\.?$/

function vnuErrors(files: string[]): string[] {
  let out: string
  try {
    out = execFileSync('java', ['-jar', VNU_JAR, '--errors-only', '--format', 'json', ...files], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
    })
  } catch (error) {
    // vnu exits 1 when it finds errors and writes its JSON report to stderr.
    const e = error as { stderr?: string; code?: string }
    if (e.code === 'ENOENT')
      throw new Error('Java is needed to run vnu (Debian: default-jre-headless)', { cause: error })
    out = e.stderr ?? ''
  }
  const report = JSON.parse(out || '{"messages":[]}') as { messages: VnuMessage[] }
  return report.messages
    .filter((m) => m.type === 'error' && !UNKNOWN_TO_VNU.test(m.message))
    .map((m) => `${m.url.replace(/^file:/, '')}: ${m.message} [${(m.extract ?? '').trim()}]`)
}

/** The app's states: what a visitor can reach, each serialized once it has rendered. */
const states: {
  name: string
  url: string
  graph?: boolean
  act?: (page: Page) => Promise<void>
}[] = [
  { name: 'first-view', url: '/' },
  { name: 'selection', url: '/?technique=qlora' },
  {
    name: 'search-open',
    url: '/',
    act: async (page) => {
      await page.getByRole('combobox', { name: 'Search' }).fill('lora')
      await expect(page.getByRole('option').first()).toBeVisible()
    },
  },
  { name: 'path', url: '/?technique=rlaif&path=rlaif,rlhf' },
  { name: 'compare', url: '/?compare=lora,dora,pissa' },
  { name: 'tour', url: '/?tour=lora-family&step=2' },
  { name: 'calculator', url: '/?view=calculator&method=qlora', graph: false },
  { name: 'chooser', url: '/?view=chooser', graph: false },
  { name: 'outline', url: '/?view=outline&technique=lora', graph: false },
  { name: 'table', url: '/?view=table&sort=name', graph: false },
  { name: 'issues', url: '/?panel=issues&issue=337' },
  { name: 'bad-link', url: '/?technique=lorra&depth=99' },
  { name: 'not-found', url: '/no/such/page', graph: false },
]

test.describe('valid HTML', () => {
  test('every shipped page and every rendered state has 0 vnu errors', async ({ page }) => {
    test.setTimeout(180_000)
    const pages = htmlFiles(DIST)
    // The site ships the explorer and one page per technique.
    expect(pages.length).toBeGreaterThan(100)

    const dir = mkdtempSync(join(tmpdir(), 'atlas-vnu-'))
    const rendered: string[] = []
    for (const state of states) {
      await openAtlas(page, state.url, { graph: state.graph ?? true })
      await state.act?.(page)
      if (state.graph === false) await page.locator('main h1, main h2').first().waitFor()
      const file = join(dir, `${state.name}.html`)
      writeFileSync(
        file,
        `<!DOCTYPE html>\n${await page.evaluate(() => document.documentElement.outerHTML)}`,
      )
      rendered.push(file)
    }

    const errors = vnuErrors([...pages, ...rendered]).map((e) => e.replace(`${process.cwd()}/`, ''))
    expect(errors, `vnu errors in ${relative(process.cwd(), dir)}`).toEqual([])
  })
})
