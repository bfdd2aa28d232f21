/**
 * Getting the dataset into the page. Dev and tests have it inline; a built site fetches it
 * (index.html preloads it while the scripts download). A failure is described in words and can
 * be retried: nothing is remembered from a failed attempt.
 */
import { bundleUrl, inlineBundle, type AtlasBundle } from 'virtual:atlas-data'

let loaded: AtlasBundle | undefined = inlineBundle

/** Why the Atlas could not start, in words a visitor understands. */
export class LoadFailure extends Error {
  constructor(
    message: string,
    /** Retrying needs a fresh page (a code chunk the browser will not fetch again). */
    readonly needsReload = false,
  ) {
    super(message)
    this.name = 'LoadFailure'
  }
}

/** Fetches the dataset unless it is already here. Throws a `LoadFailure`. */
export async function loadDataset(fetcher: typeof fetch = fetch): Promise<AtlasBundle> {
  if (loaded) return loaded
  let response: Response
  try {
    response = await fetcher(bundleUrl!)
  } catch {
    throw new LoadFailure(
      'The dataset could not be downloaded: the network request failed (are you offline?).',
    )
  }
  if (!response.ok)
    throw new LoadFailure(
      `The dataset could not be downloaded: the server answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`,
    )
  let bundle: AtlasBundle
  try {
    bundle = (await response.json()) as AtlasBundle
  } catch {
    throw new LoadFailure('The dataset arrived damaged: it is not valid JSON.')
  }
  if (!bundle?.data || !Array.isArray(bundle.data.techniques) || !bundle.layout?.positions)
    throw new LoadFailure('The dataset arrived damaged: it has no techniques or no layout.')
  loaded = bundle
  return bundle
}

/** The build's pre-render gives the dataset it built (it never fetches). */
export function provideDataset(bundle: AtlasBundle) {
  loaded = bundle
}

/** The dataset, once `loadDataset` has succeeded (always, in dev and tests). */
export function atlasBundle(): AtlasBundle {
  if (!loaded) throw new Error('The dataset is used before it was loaded')
  return loaded
}
