import type { Theme } from '../theme/tokens'

export function ThemeToggle({ theme, onToggle }: { theme: Theme; onToggle: () => void }) {
  return (
    <button type="button" className="button" aria-pressed={theme === 'dark'} onClick={onToggle}>
      <span aria-hidden="true">{theme === 'dark' ? '☾' : '☀'}</span>
      <span className="button-label">Dark mode</span>
    </button>
  )
}
