import { expect, test, type Page } from '@playwright/test'
import { axeViolations, openAtlas, watchJourney } from './helpers'

// The three example links of the README's "Calculator and chooser" section.
const LORA =
  '/?view=calculator&model=meta-llama/Llama-2-7b-hf&method=lora&rank=8&targets=q_proj,v_proj'
const QLORA =
  '/?view=calculator&model=meta-llama/Llama-2-7b-hf&method=qlora&rank=64&targets=all-linear'
const CHOOSER = '/?view=chooser&data=preferences&gpu=24&model-size=7&goal=preferences'
const VERIFIER_EXAMPLES =
  '/?view=chooser&data=rewards&gpu=80&model-size=7&goal=reasoning&examples=300'

const open = (page: Page, url: string) => openAtlas(page, url, { graph: false })
const trainable = (page: Page) => page.getByTestId('trainable')
const totalMemory = (page: Page) => page.getByTestId('total-memory')

test.describe('deciding: the calculator and the chooser', () => {
  test('the LoRA example opens cold to 4,194,304 trainable parameters and a sourced breakdown', async ({
    page,
  }) => {
    const journey = watchJourney(page)
    await open(page, LORA)
    await expect(page.getByRole('tab', { name: 'Calculator' })).toHaveAttribute(
      'aria-selected',
      'true',
    )
    await expect(trainable(page)).toHaveText('4,194,304')
    await expect(page.getByText('0.0622 % of 6,742,609,920')).toBeVisible()
    await expect(totalMemory(page)).toHaveText('16.3 GB')
    const table = page.getByRole('table', { name: /Memory estimate/ })
    await expect(table.getByRole('row')).toHaveText([
      /Part\s*Memory\s*Formula\s*Source/,
      /Model weights\s*12\.6 GB/,
      /Adapter weights\s*8 MB/,
      /Gradients\s*0 MB.*less the activations and logits freed/,
      /Optimizer state\s*16 MB/,
      /Activations\s*2\.1 GB.*fused attention/,
      /Logits and loss\s*0\.2 GB/,
      /Runtime allowance\s*1\.4 GB/,
      /Total\s*16\.3 GB/,
    ])
    await expect(table.getByRole('link', { name: /FlashAttention/ })).toHaveAttribute(
      'href',
      'https://arxiv.org/abs/2205.14135',
    )
    await expect(page.getByRole('heading', { name: 'What the estimate leaves out' })).toBeVisible()
    await expect(page.getByRole('link', { name: 'config.json' })).toHaveAttribute(
      'href',
      'https://huggingface.co/meta-llama/Llama-2-7b-hf/blob/main/config.json',
    )
    // Every parameter is a default, so the address is rewritten to its short canonical form.
    await expect(page).toHaveURL(/\/\?view=calculator$/)
    expect(journey.errors).toEqual([])
    expect(journey.offOrigin).toEqual([])
  })

  test('the QLoRA example opens cold to 159,907,840 trainable parameters in 8.9 GB', async ({
    page,
  }) => {
    await open(page, QLORA)
    await expect(trainable(page)).toHaveText('159,907,840')
    await expect(page.getByText('2.32 % of 6,898,323,456')).toBeVisible()
    await expect(totalMemory(page)).toHaveText('8.9 GB')
    await expect(page.getByRole('group', { name: 'Target modules (all-linear)' })).toBeVisible()
    await expect(page.getByRole('row', { name: /Model weights/ })).toContainText('4.127 bits')
  })

  test('changing an input rewrites the link, Back restores it, and a reload keeps it', async ({
    page,
  }) => {
    await open(page, LORA)
    await page.getByLabel('Method').selectOption('dora')
    await expect(page).toHaveURL(/method=dora/)
    // DoRA adds one magnitude per output column: 2 × 32 × 4096 more than LoRA.
    await expect(trainable(page)).toHaveText('4,456,448')
    await page.getByLabel('Method').selectOption('vera')
    await expect(page).toHaveURL(/method=vera/)
    await page.goBack()
    await expect(page).toHaveURL(/method=dora/)
    await expect(page.getByLabel('Method')).toHaveValue('dora')
    await expect(trainable(page)).toHaveText('4,456,448')

    const rank = page.getByLabel('Rank r')
    await rank.fill('16')
    await expect(page).toHaveURL(/rank=16/)
    await expect(trainable(page)).toHaveText('8,650,752')
    // A bad value stays in the box with a message beside it; the link keeps rank 16.
    await rank.fill('0')
    await expect(rank).toHaveAttribute('aria-invalid', 'true')
    await expect(rank).toHaveAccessibleDescription('Rank r must be a whole number from 1 to 4096.')
    await expect(page).toHaveURL(/rank=16/)
    await expect(trainable(page)).toHaveText('8,650,752')

    await page.getByRole('checkbox', { name: 'o_proj' }).check()
    await expect(page).toHaveURL(/targets=q_proj,v_proj,o_proj/)
    await page.reload()
    await expect(page.getByLabel('Method')).toHaveValue('dora')
    await expect(page.getByLabel('Rank r')).toHaveValue('16')
    await expect(page.getByRole('checkbox', { name: 'o_proj' })).toBeChecked()
  })

  test('a bad link names what it ignored, beside the field too, and the rest still works', async ({
    page,
  }) => {
    await open(
      page,
      '/?view=calculator&model=meta-llama/Llama-2-7b-hff&rank=0&batch=-1&targets=q_proj,x_proj',
    )
    const notice = page.getByRole('region', { name: 'Part of this link could not be used' })
    await expect(notice).toContainText('Ignored rank “0”: expected a whole number from 1 to 4096.')
    await expect(notice).toContainText('Ignored batch “-1”')
    await expect(notice).toContainText('Ignored the unknown module “x_proj” in targets')
    await expect(page.getByLabel('Rank r')).toHaveAccessibleDescription(
      'Ignored rank “0”: expected a whole number from 1 to 4096.',
    )
    // The rest works: Llama-2-7B (the suggestion) at rank 8 on q_proj alone.
    await expect(trainable(page)).toHaveText('2,097,152')
    // Typing a good rank settles what the link said about it.
    await page.getByLabel('Rank r').fill('12')
    await expect(page).toHaveURL(/rank=12/)
    await expect(page.getByLabel('Rank r')).toHaveAccessibleDescription('')
    await expect(notice).not.toContainText('Ignored rank')
    await expect(notice).toContainText('Ignored batch “-1”')
    await notice.getByRole('link', { name: 'meta-llama/Llama-2-7b-hf' }).click()
    await expect(page.getByLabel('Model', { exact: true })).toHaveValue('meta-llama/Llama-2-7b-hf')

    await open(page, '/?view=calculator&rank=100000&model=nobody/nothing')
    await expect(
      page.getByRole('region', { name: 'Part of this link could not be used' }),
    ).toContainText('Ignored rank “100000”')
    await expect(page.getByText('No bundled model “nobody/nothing”').first()).toBeVisible()
    await expect(trainable(page)).toHaveText('4,194,304')
  })

  test('custom dimensions give the LoRA paper’s 18M budget on GPT-3', async ({ page }) => {
    await open(page, '/?view=calculator&model=custom&dims=96,12288,49152,96,96,50257&rank=4')
    await expect(page.getByLabel('Dimensions')).toHaveValue('96,12288,49152,96,96,50257')
    await expect(trainable(page)).toHaveText('18,874,368')
    await page.getByLabel('Dimensions').fill('96,12288,49152,90,96,50257')
    await expect(page.getByText('Dimensions: the heads must divide the hidden size')).toBeVisible()
    await expect(trainable(page)).toHaveText('18,874,368')
  })

  test('the training setup lives in the link: eager attention, 8 GPUs with ZeRO-3, and a bad value named', async ({
    page,
  }) => {
    await open(page, `${LORA}&seq=2048`)
    const activations = page.getByRole('row', { name: /^Activations/ })
    await expect(activations).toContainText('8.5 GB')
    await page.getByLabel('Attention').selectOption('eager')
    await expect(page).toHaveURL(/attention=eager/)
    await expect(activations).toContainText('scores too')
    await expect(activations).toContainText('28.5 GB')
    await page.getByLabel('Method').selectOption('full-fine-tuning')
    await page.getByLabel('Attention').selectOption('fused')
    await page.getByLabel('GPUs', { exact: true }).fill('8')
    await page.getByLabel('Sharding across GPUs').selectOption('zero3')
    await expect(page).toHaveURL(/gpus=8&sharding=zero3/)
    await expect(page.getByRole('row', { name: /^Model weights/ })).toContainText(
      '÷ 8 GPUs (zero3)',
    )
    await page.goBack()
    await expect(page.getByLabel('Sharding across GPUs')).toHaveValue('none')
    await open(page, '/?view=calculator&sharding=zero4&gpus=0')
    const notice = page.getByRole('region', { name: 'Part of this link could not be used' })
    await expect(notice).toContainText('Ignored sharding “zero4”')
    await expect(notice).toContainText('Ignored gpus “0”')
    await expect(totalMemory(page)).toHaveText('16.3 GB')
  })

  for (const [name, width, height] of [
    ['desktop', 1280, 800],
    ['phone', 390, 844],
  ] as const)
    test(`both views pass axe on a ${name} (${width}×${height}), light and dark`, async ({
      browser,
    }) => {
      // Six full axe scans: 20–30 s on a 2-core machine, past the default 30 s under load.
      test.setTimeout(90_000)
      for (const colorScheme of ['light', 'dark'] as const) {
        const context = await browser.newContext({ viewport: { width, height }, colorScheme })
        const page = await context.newPage()
        for (const url of [QLORA, CHOOSER, '/?view=calculator&rank=0', VERIFIER_EXAMPLES]) {
          await open(page, url)
          await expect(page.locator('.decide h2')).toBeVisible()
          expect(await axeViolations(page), `${url} ${colorScheme}`).toEqual([])
        }
        // Nothing spills sideways out of the page on a phone.
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        )
        expect(overflow).toBeLessThanOrEqual(0)
        await context.close()
      }
    })
})
