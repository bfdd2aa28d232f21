import { expect, test, type Page } from '@playwright/test'
import { openAtlas, watchJourney } from './helpers'

// The chooser's example links in the README's "Calculator and chooser" section.
const CHOOSER = '/?view=chooser&data=preferences&gpu=24&model-size=7&goal=preferences'
const VERIFIER = '/?view=chooser&data=rewards&gpu=80&model-size=7&goal=reasoning'
const SMALL = '/?view=chooser&data=demonstrations&gpu=24&model-size=0.5'

const open = (page: Page, url: string) => openAtlas(page, url, { graph: false })
const fitting = (page: Page) => page.locator('.recipe-list > li .recipe-head strong')

test.describe('the chooser', () => {
  test('the chooser example ranks adapter preference recipes and sets the rest apart with why', async ({
    page,
  }) => {
    const journey = watchJourney(page)
    await open(page, CHOOSER)
    await expect(fitting(page)).toHaveText([
      'LoRA + ORPO',
      'LoRA + SimPO',
      'QLoRA + ORPO',
      'QLoRA + SimPO',
      'LoRA + DPO',
      'LoRA + IPO',
      'QLoRA + DPO',
      'QLoRA + IPO',
    ])
    const first = page.locator('.recipe-list > li').first()
    await expect(first).toContainText('Estimated 16.4 GB with LoRA on a 24 GB GPU')
    await expect(first).toContainText('techniques.json › orpo › decision.goals')
    const misfits = page.getByRole('list', { name: /Does not fit your GPU/ })
    await expect(misfits).toContainText(
      'LoRA + InstructGPT: needs a reward model and a value model: ~2.5× memory (55.7 GB).',
    )
    await expect(misfits).toContainText('DPO (full model): needs 129 GB, more than 24 GB.')
    await page.getByText('Needs other data (11)').click()
    await expect(page.getByText('QLoRA + KTO: needs unpaired feedback')).toBeVisible()

    // The top three side by side.
    await page.getByRole('link', { name: 'Compare ORPO, SimPO, DPO' }).click()
    await expect(page).toHaveURL(/compare=orpo,simpo,dpo/)
    await expect(page.getByRole('table', { name: /ORPO/ }).first()).toBeVisible()
    // "Use it" opens the technique's details beside the chooser, with its library snippet.
    await first.getByRole('link', { name: 'Use ORPO' }).click()
    await expect(page).toHaveURL(/technique=orpo/)
    await expect(page.getByRole('heading', { name: 'Use it' })).toBeVisible()
    await expect(page.getByRole('tab', { name: 'Chooser' })).toHaveAttribute(
      'aria-selected',
      'true',
    )
    // Its node: the graph with ORPO selected.
    await page
      .locator('.recipe-list > li')
      .first()
      .getByRole('link', { name: 'ORPO in the map' })
      .click()
    await expect(page).toHaveURL(/technique=orpo/)
    await expect(page).not.toHaveURL(/view=chooser/)
    await expect(page.getByRole('tab', { name: 'Graph' })).toHaveAttribute('aria-selected', 'true')
    expect(journey.errors).toEqual([])
  })

  test('a smaller GPU moves recipes to the misfits; Back brings them back', async ({
    page,
    context,
  }) => {
    await open(page, CHOOSER)
    await expect.poll(() => fitting(page).allTextContents()).toContain('LoRA + DPO')
    await page.getByLabel('Data you have').selectOption('demonstrations')
    await expect(page).toHaveURL(/\?view=chooser&goal=preferences$/)
    await page.goBack()
    await expect(page.getByLabel('Data you have')).toHaveValue('preferences')
    const gpu = page.getByLabel('GPU memory')
    await gpu.fill('8')
    await expect(page).toHaveURL(/gpu=8/)
    await expect.poll(() => fitting(page).allTextContents()).not.toContain('LoRA + DPO')
    await expect.poll(() => fitting(page).allTextContents()).toContain('QLoRA + DPO')
    await expect(page.getByRole('list', { name: /Does not fit your GPU/ })).toContainText(
      'LoRA + DPO: needs',
    )
    // Copy link carries the chooser's inputs into a fresh page.
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await page.getByRole('button', { name: 'Copy link' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible()
    const copied = await page.evaluate(() => navigator.clipboard.readText())
    expect(copied).toMatch(/\?view=chooser&data=preferences&gpu=8&goal=preferences$/)
    const fresh = await context.newPage()
    await open(fresh, copied)
    await expect(fresh.getByLabel('GPU memory')).toHaveValue('8')
    await expect.poll(() => fitting(fresh).allTextContents()).toContain('QLoRA + DPO')
    await fresh.close()
    await gpu.fill('-4')
    await expect(gpu).toHaveAccessibleDescription(
      'GPU memory must be a whole number from 1 to 1024 GB.',
    )
    await open(page, '/?view=chooser&gpu=0&data=tweets')
    await expect(
      page.getByRole('region', { name: 'Part of this link could not be used' }),
    ).toContainText('Ignored gpu “0”')
    await expect(fitting(page).first()).toHaveText('LoRA (supervised)')
  })

  test('a 0.5B model on 24 GB: full fine-tuning first, until there are only 300 examples', async ({
    page,
  }) => {
    await open(page, SMALL)
    await expect(fitting(page).first()).toHaveText('Full fine-tuning (supervised)')
    await expect(page.getByText(/nearest 0.5 B parameters/)).toContainText('Qwen2.5 0.5B')
    await page.getByLabel('Training examples').fill('300')
    await expect(page).toHaveURL(/examples=300/)
    await expect(page.getByRole('note')).toContainText(
      'With 300 examples, prompting or retrieval may already do',
    )
    await expect(fitting(page).first()).toHaveText('LoRA (supervised)')
    await page.getByLabel('Training examples').fill('')
    await expect(page).not.toHaveURL(/examples=/)
    await expect(fitting(page).first()).toHaveText('Full fine-tuning (supervised)')
    await open(page, `${SMALL}&examples=lots`)
    await expect(
      page.getByRole('region', { name: 'Part of this link could not be used' }),
    ).toContainText('Ignored examples “lots”')
  })

  test('GRPO with a verifier holds no reward model, and its memory breakdown opens the calculator', async ({
    page,
  }) => {
    await open(page, VERIFIER)
    await expect(fitting(page)).toHaveText(['LoRA + GRPO', 'QLoRA + GRPO'])
    const first = page.locator('.recipe-list > li').first()
    await expect(first).toContainText('no reward model is held')
    await expect(first).toContainText('Samples 8 completions per prompt')
    await first.getByRole('link', { name: 'Memory breakdown' }).click()
    await expect(page).toHaveURL(/view=calculator/)
    await expect(page).toHaveURL(/batch=8/)
    await expect(page.getByRole('combobox', { name: 'Method' })).toHaveValue('lora')
    await expect(page.getByTestId('total-memory')).toBeVisible()
    await page.goBack()
    await expect(fitting(page)).toHaveText(['LoRA + GRPO', 'QLoRA + GRPO'])
  })
})
