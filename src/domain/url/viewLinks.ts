/** Addresses the explorer hands out: with its viewport written in, or as a technique's own page. */
import { parseQuery, stringifyQuery, URL_PARAMS, type ViewAt } from './viewState'

/** An address with the graph's viewport written into it (or taken out, for null). */
export function withViewAt(href: string, at: ViewAt | null): string {
  const url = new URL(href)
  const raw = parseQuery(url.search.replace(/^\?/, ''))
  delete raw.at
  const query = stringifyQuery({
    ...Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0]! : v])),
    ...(at ? { at: URL_PARAMS.find((r) => r.key === 'at')!.encode(at as never) } : {}),
  })
  url.search = query ? `?${query}` : ''
  return url.toString()
}

/**
 * The short form of a link whose whole state is one selected technique: that technique's own
 * page, `<base>technique/<id>/`, which link previews understand (it has its own title, summary
 * and picture). Any other link is returned as it is.
 */
export function prettyLink(href: string, base: string, known: (id: string) => boolean): string {
  const url = new URL(href)
  if (url.pathname !== base) return href
  const raw = parseQuery(url.search.replace(/^\?/, ''))
  const keys = Object.keys(raw)
  const id = raw.technique
  if (keys.length !== 1 || typeof id !== 'string' || !known(id)) return href
  url.pathname = `${base}technique/${encodeURIComponent(id)}/`
  url.search = ''
  return url.toString()
}
