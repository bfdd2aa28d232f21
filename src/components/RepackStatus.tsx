/**
 * The line above a re-packed graph: what it shows and how to get the whole map back, or that
 * the layout is on its way, or that it failed (the whole map stays, with the usual dimming or
 * hiding) with a Retry.
 */
export function RepackStatus(props: {
  status: 'pending' | 'ready' | 'failed'
  /** "QLoRA’s lineage", "the 17 matching techniques", … */
  subject: string
  count: number
  message?: string
  onRetry?: () => void
  /** Present when the view can return to the whole map (focus mode). */
  onShowAll?: () => void
}) {
  const { status, subject, count } = props
  const techniques = `${count} technique${count === 1 ? '' : 's'}`
  return (
    <div className="repack-status" role="status" data-status={status}>
      {status === 'pending' ? (
        <span>
          Laying out {subject} ({techniques})…
        </span>
      ) : status === 'failed' ? (
        <span>
          Could not lay out {subject} on its own ({props.message}); it is shown on the whole map.
        </span>
      ) : (
        <span>
          Showing only {subject}: {techniques}, laid out on their own.
        </span>
      )}
      {status === 'failed' && props.onRetry ? (
        <button type="button" className="button" onClick={props.onRetry}>
          Retry
        </button>
      ) : null}
      {props.onShowAll ? (
        <button type="button" className="button" onClick={props.onShowAll}>
          Show the whole map
        </button>
      ) : null}
    </div>
  )
}
