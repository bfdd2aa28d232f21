import { describe, expect, it, vi } from 'vitest'

// A built site: the dataset is fetched, not inline.
vi.mock('virtual:atlas-data', () => ({
  bundleUrl: '/assets/atlas-data-x.json',
  inlineBundle: undefined,
}))

const { LoadFailure, atlasBundle, loadDataset } = await import('../../src/routes/dataset')

const respond = (body: string, status = 200, statusText = '') =>
  vi.fn(async () => new Response(body, { status, statusText })) as unknown as typeof fetch

describe('loading the dataset in a built site', () => {
  it('says the server’s answer when it is not OK, and keeps nothing', async () => {
    const failed = loadDataset(respond('busy', 503, 'Service Unavailable'))
    await expect(failed).rejects.toBeInstanceOf(LoadFailure)
    await expect(failed).rejects.toThrow(
      'The dataset could not be downloaded: the server answered HTTP 503 Service Unavailable.',
    )
    expect(() => atlasBundle()).toThrow(/before it was loaded/)
  })

  it('says the network failed when there is no answer', async () => {
    const offline = vi.fn(async () => {
      throw new TypeError('Failed to fetch')
    }) as unknown as typeof fetch
    await expect(loadDataset(offline)).rejects.toThrow(/network request failed/)
  })

  it('says the file is damaged when it is not JSON or has no techniques', async () => {
    await expect(loadDataset(respond('<html>'))).rejects.toThrow('not valid JSON')
    await expect(loadDataset(respond('{"data":{}}'))).rejects.toThrow('no techniques or no layout')
  })

  it('fetches the dataset from its own address, and once it is here keeps it', async () => {
    const bundle = { data: { techniques: [] }, problems: [], layout: { positions: {} } }
    const fetcher = respond(JSON.stringify(bundle))
    expect(await loadDataset(fetcher)).toEqual(bundle)
    expect(fetcher).toHaveBeenCalledWith('/assets/atlas-data-x.json')
    expect(atlasBundle()).toEqual(bundle)
    // A retry after success does not download again.
    await loadDataset(fetcher)
    expect(fetcher).toHaveBeenCalledTimes(1)
  })
})
