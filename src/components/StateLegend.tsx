import { TOKENS, familyColor, type Theme } from '../theme/tokens'

/**
 * What the graph's states look like, drawn with the graph's own colours: the selection ring,
 * the highlighted lineage, faded techniques, and the names that wait for room.
 */
export function StateLegend({ theme }: { theme: Theme }) {
  const t = TOKENS[theme]
  const fill = familyColor(theme, 2)
  return (
    <ul className="state-legend" aria-label="Graph states">
      <li>
        <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true" focusable="false">
          <circle cx="9" cy="9" r="7.5" fill={t.accent} />
          <circle cx="9" cy="9" r="5.5" fill={t.bg} />
          <circle cx="9" cy="9" r="4" fill={fill} />
        </svg>
        Selected
      </li>
      <li>
        <svg width="26" height="18" viewBox="0 0 26 18" aria-hidden="true" focusable="false">
          <path d="M1 9h18" stroke={t.accent} strokeWidth="3" />
          <path d="M18 4.5 25 9l-7 4.5Z" fill={t.accent} />
        </svg>
        Its lineage
      </li>
      <li>
        <svg width="26" height="18" viewBox="0 0 26 18" aria-hidden="true" focusable="false">
          <path d="M1 9h18" stroke={t.edge} strokeWidth="1.5" />
          <path d="M18 5.5 24 9l-6 3.5Z" fill={t.edge} />
        </svg>
        Builds on
      </li>
      <li>
        <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true" focusable="false">
          <circle cx="9" cy="9" r="6" fill={fill} opacity="0.22" />
        </svg>
        Outside the lineage or filter
      </li>
      <li>
        <span className="state-legend-name" aria-hidden="true">
          Aa
        </span>
        Names appear as you zoom in, hover or focus
      </li>
    </ul>
  )
}
