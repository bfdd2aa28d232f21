import { useCopyStatus } from './useCopyStatus'

/** Copies the address of what is on screen, and says so (or says how to copy it by hand). */
export function CopyLinkButton({ href }: { href: () => string }) {
  const [status, copy] = useCopyStatus()
  return (
    <span className="copy-link">
      <button type="button" className="button" onClick={() => copy(href())}>
        <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <path
            d="M6.5 9.5a3 3 0 0 0 4.2 0l2.6-2.6a3 3 0 0 0-4.2-4.2L8 3.8M9.5 6.5a3 3 0 0 0-4.2 0L2.7 9.1a3 3 0 0 0 4.2 4.2L8 12.2"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.6"
            strokeLinecap="round"
          />
        </svg>
        <span className="button-label">Copy link</span>
      </button>
      <span role="status" className="copy-status">
        {status === 'copied'
          ? 'Link copied'
          : status === 'failed'
            ? 'Copy failed: use the address bar'
            : ''}
      </span>
    </span>
  )
}
