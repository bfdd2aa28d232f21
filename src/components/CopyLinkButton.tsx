import { useEffect, useState } from 'react'

/** Copies the current address, and says so (or says how to copy it by hand). */
export function CopyLinkButton() {
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle')
  useEffect(() => {
    if (status === 'idle') return
    const timer = setTimeout(() => setStatus('idle'), 2500)
    return () => clearTimeout(timer)
  }, [status])
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href)
      setStatus('copied')
    } catch {
      setStatus('failed')
    }
  }
  return (
    <span className="copy-link">
      <button type="button" className="button" onClick={() => void copy()}>
        Copy link
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
