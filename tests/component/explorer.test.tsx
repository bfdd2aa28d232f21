// @vitest-environment jsdom
import { act, cleanup, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { renderApp } from './renderApp'

describe('the explorer', () => {
  it('opens QLoRA’s details from a shared link', async () => {
    await renderApp('/?technique=qlora')
    const details = await screen.findByRole('article', { name: 'QLoRA' })
    expect(within(details).getByRole('heading', { level: 2, name: 'QLoRA' })).toBeTruthy()
    expect(
      within(details)
        .getByRole('link', { name: /QLoRA: Efficient Finetuning of Quantized LLMs/ })
        .getAttribute('href'),
    ).toBe('https://arxiv.org/abs/2305.14314')
    // Its parent is a link that selects LoRA, with the relation spelled out.
    const parents = within(details)
      .getByRole('heading', { name: /Parents/ })
      .closest('section')!
    expect(within(parents).getByRole('link', { name: 'LoRA' })).toBeTruthy()
    expect(within(parents).getByText(/quantizes/)).toBeTruthy()
    expect(document.title).toBe('QLoRA · Fine-Tuning Atlas')
    // "Use it": the library call, read from the library's source at a stated version.
    const useIt = within(details).getByRole('heading', { name: 'Use it' }).closest('section')!
    expect(within(useIt).getByText('PEFT')).toBeTruthy()
    expect(within(useIt).getByRole('figure', { name: 'PEFT snippet' }).textContent).toContain(
      'LoraConfig',
    )
    expect(within(useIt).getByText(/Checked against peft/)).toBeTruthy()
    expect(within(useIt).getByRole('button', { name: /Copy the PEFT snippet/ })).toBeTruthy()
  })

  it('selects a parent from the details panel and records it in the URL', async () => {
    const { search, history } = await renderApp('/?technique=qlora')
    const details = await screen.findByRole('article', { name: 'QLoRA' })
    await userEvent.click(within(details).getByRole('link', { name: 'LoRA' }))
    expect(await screen.findByRole('article', { name: 'LoRA' })).toBeTruthy()
    expect(search().get('technique')).toBe('lora')
    // A selection is a step Back can undo.
    await act(async () => history.back())
    expect(await screen.findByRole('article', { name: 'QLoRA' })).toBeTruthy()
  })

  it('tells the visitor what a bad link asked for, and suggests a close match', async () => {
    const { search } = await renderApp(
      '/?technique=lorra&depth=99&categories=adapters,nonsense&utm_source=x',
    )
    const notice = await screen.findByRole('region', {
      name: 'Part of this link could not be used',
    })
    const didYouMean = within(notice).getByRole('link', { name: 'LoRA' })
    expect(didYouMean.closest('li')?.textContent).toBe('No technique “lorra” — did you mean LoRA?')
    expect(within(notice).getByText('Ignored depth “99”: expected 1 to 9, or all.')).toBeTruthy()
    expect(within(notice).getByText('No category “nonsense”.')).toBeTruthy()
    // The rest of the link still applies, and the address now shows only what is used.
    await waitFor(() => expect(search().toString()).toBe('categories=adapters'))
    expect(screen.getByRole('button', { name: /Adapters/, pressed: true })).toBeTruthy()
    // "Did you mean LoRA?" is a link that applies the suggestion and keeps the rest.
    await userEvent.click(didYouMean)
    expect(await screen.findByRole('article', { name: 'LoRA' })).toBeTruthy()
    expect(search().toString()).toBe('technique=lora&categories=adapters')
  })

  it('shows hostile input as text, never as markup', async () => {
    await renderApp(`/?technique=${encodeURIComponent('<img src=x onerror=alert(1)>')}`)
    const notice = await screen.findByRole('region', {
      name: 'Part of this link could not be used',
    })
    expect(notice.querySelector('img')).toBeNull()
    expect(within(notice).getByText('No technique “<img src=x onerror=alert(1)>”.')).toBeTruthy()
  })

  it('filters by category with counts, and pushes each toggle to history', async () => {
    const { search } = await renderApp('/')
    const chip = await screen.findByRole('button', {
      name: /^Preference optimization, \d+ techniques$/,
    })
    const count = Number(/(\d+) techniques/.exec(chip.getAttribute('aria-label') ?? '')![1])
    await userEvent.click(chip)
    await waitFor(() => expect(search().get('categories')).toBe('preference-optimization'))
    expect(screen.getByText(`${count}`, { selector: '.match-count strong' })).toBeTruthy()
  })

  it('finds a technique despite a typo and selects the best match on Enter', async () => {
    const { search } = await renderApp('/')
    const box = await screen.findByRole('combobox', { name: 'Search' })
    await userEvent.type(box, 'constituional{Enter}')
    await waitFor(() => expect(search().get('technique')).toBe('constitutional-ai'))
    expect(await screen.findByRole('article', { name: 'Constitutional AI' })).toBeTruthy()
  })

  it('chooses a newsletter issue and lists what it covered', async () => {
    const { search } = await renderApp('/?panel=issues')
    const link = await screen.findByRole('link', { name: /Edge 339: Prefix-tuning/ })
    await userEvent.click(link)
    await waitFor(() => expect(search().get('issue')).toBe('339'))
    const card = link.closest('li')!
    expect(within(card).getByText(/Xiang Lisa Li and Percy Liang of Stanford/)).toBeTruthy()
  })

  it('filters tools by open source and supported technique', async () => {
    const { search } = await renderApp('/?panel=tools')
    await userEvent.selectOptions(await screen.findByLabelText('Open source'), 'no')
    await userEvent.selectOptions(screen.getByLabelText('Supports technique'), 'lora')
    await waitFor(() => expect(search().get('open-source')).toBe('no'))
    const list = screen.getByRole('tabpanel', { name: /Tools/ })
    expect(within(list).getByRole('link', { name: /Azure OpenAI/ })).toBeTruthy()
    expect(within(list).queryByRole('link', { name: /PEFT \(Hugging Face\)/ })).toBeNull()
  })

  it('offers the lineage as an outline tree and a sortable table', async () => {
    const { search } = await renderApp('/?view=outline')
    const tree = await screen.findByRole('tree', { name: 'Lineage outline' })
    expect(within(tree).getAllByRole('treeitem').length).toBeGreaterThan(50)
    await userEvent.click(screen.getByRole('tab', { name: 'Table' }))
    // The table is a lazily loaded chunk: allow for a slow machine.
    const table = await screen.findByRole('table', {}, { timeout: 5000 })
    await userEvent.click(within(table).getByRole('button', { name: /Name/ }))
    await waitFor(() => expect(search().get('sort')).toBe('name'))
    const firstRow = within(table).getAllByRole('row')[1]!
    expect(within(firstRow).getByRole('rowheader').textContent).toMatch(/^\(IA\)|^AdaLoRA|^Adapter/)
  })
})

describe('the graph', () => {
  const classesOf = (id: string) => window.__atlasGraph!.classes(id)

  it('shows a selection, its lineage and everything else as the visitor sees them', async () => {
    await renderApp('/?technique=qlora')
    await waitFor(() => expect(window.__atlasGraph?.ready).toBe(true))
    expect(classesOf('qlora')).toContain('selected')
    expect(classesOf('lora')).toContain('highlighted')
    expect(classesOf('dpo')).toContain('faded')
    expect(classesOf('lora->qlora')).toContain('lineage')
    expect(classesOf('dpo->kto')).toContain('faded')
  })

  it('dims non-matching techniques, or hides them when asked: never the other way round', async () => {
    await renderApp('/?categories=low-rank')
    await waitFor(() => expect(window.__atlasGraph?.ready).toBe(true))
    expect(classesOf('dpo')).toContain('dimmed')
    expect(classesOf('dpo')).not.toContain('hidden')
    expect(classesOf('lora')).not.toContain('dimmed')
    cleanup()
    await renderApp('/?categories=low-rank&unmatched=hide')
    await waitFor(() => expect(window.__atlasGraph?.ready).toBe(true))
    expect(classesOf('dpo')).toContain('hidden')
    expect(classesOf('dpo')).not.toContain('dimmed')
    expect(classesOf('lora')).not.toContain('hidden')
  })
})

describe('a newsletter issue or a tool on the graph', () => {
  it('Edge 349 lights the chain it covered, edges included: RLHF → Constitutional AI → RLAIF', async () => {
    await renderApp('/?issue=349')
    await waitFor(() => expect(window.__atlasGraph?.ready).toBe(true))
    const classesOf = (id: string) => window.__atlasGraph!.classes(id)
    for (const id of ['rlhf', 'constitutional-ai', 'rlaif'])
      expect(classesOf(id)).toContain('highlighted')
    for (const id of ['rlhf->constitutional-ai', 'constitutional-ai->rlaif', 'rlhf->rlaif'])
      expect(classesOf(id)).toContain('lineage')
    expect(classesOf('lora->qlora')).toContain('faded')
  })

  it('lets a visitor type a year key by key, applying it when it is a whole year in range', async () => {
    const { search } = await renderApp('/')
    const from = screen.getByRole('spinbutton', { name: 'From year' })
    await userEvent.clear(from)
    // Partial years stay in the box as typed; nothing snaps back.
    await userEvent.type(from, '202')
    expect((from as HTMLInputElement).value).toBe('202')
    expect(search().get('from')).toBeNull()
    await userEvent.type(from, '3')
    await waitFor(() => expect(search().get('from')).toBe('2023'))
    expect((from as HTMLInputElement).value).toBe('2023')
    // Backspace leaves the text editable; leaving the box puts back the applied year.
    await userEvent.type(from, '{Backspace}{Backspace}')
    expect((from as HTMLInputElement).value).toBe('20')
    await userEvent.tab()
    expect((from as HTMLInputElement).value).toBe('2023')
    // A year past the range is moved into it on Enter.
    const to = screen.getByRole('spinbutton', { name: 'To year' })
    await userEvent.clear(to)
    await userEvent.type(to, '2099{Enter}')
    expect((to as HTMLInputElement).value).toBe('2026')
    expect(search().get('to')).toBeNull()
    await userEvent.clear(to)
    await userEvent.type(to, '2024{Enter}')
    await waitFor(() => expect(search().get('to')).toBe('2024'))
  })

  it('says when the selected technique is outside the filters, and clears them on request', async () => {
    const { search } = await renderApp('/?technique=lora&categories=preference-optimization')
    const details = await screen.findByRole('article', { name: 'LoRA' })
    const note = within(details).getByRole('note')
    expect(note.textContent).toMatch(/LoRA is outside the current filters, so the graph dims it/)
    await userEvent.click(within(note).getByRole('button', { name: 'Clear filters' }))
    await waitFor(() => expect(search().toString()).toBe('technique=lora'))
    expect(within(details).queryByRole('note')).toBeNull()
  })

  it('lists what Enter will open under the search box, and picks with the arrow keys', async () => {
    const { search } = await renderApp('/')
    const box = screen.getByRole('combobox', { name: 'Search' })
    await userEvent.type(box, 'qlora')
    const list = await screen.findByRole('listbox', { name: 'Techniques matching “qlora”' })
    const options = await within(list).findAllByRole('option')
    expect(options[0]!.textContent).toBe('QLoRA2023 · Low-rank (LoRA family)')
    expect(box.getAttribute('aria-expanded')).toBe('true')
    await userEvent.keyboard('{ArrowDown}')
    expect(box.getAttribute('aria-activedescendant')).toBe(options[0]!.id)
    expect(options[0]!.getAttribute('aria-selected')).toBe('true')
    await userEvent.keyboard('{Enter}')
    await waitFor(() => expect(search().get('technique')).toBe('qlora'))
    expect(box.getAttribute('aria-expanded')).toBe('false')
  })

  it('says plainly when nothing matches, and offers the nearest names', async () => {
    await renderApp('/')
    const box = screen.getByRole('combobox', { name: 'Search' })
    await userEvent.type(box, 'zqzqzq')
    expect((await screen.findByText(/No technique matches “zqzqzq”/)).textContent).toBe(
      'No technique matches “zqzqzq”. Nearest names:',
    )
    expect(within(screen.getByRole('listbox')).getAllByRole('option')).toHaveLength(3)
    // Escape closes the list, a second Escape clears the text.
    await userEvent.keyboard('{Escape}')
    expect(box.getAttribute('aria-expanded')).toBe('false')
    await userEvent.keyboard('{Escape}')
    expect((box as HTMLInputElement).value).toBe('')
  })
})
