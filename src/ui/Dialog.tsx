import type { ReactNode } from 'react'
import { useEffect, useId, useRef } from 'react'
import { cx } from './cx.ts'
import { FOCUS_RING } from './focusRing.ts'

export interface DialogProps {
  open: boolean
  onClose: () => void
  title: ReactNode
  children: ReactNode
  /** `drawer` slides from the right edge on wide screens and fills the bottom on phones. */
  variant?: 'dialog' | 'drawer'
}

/**
 * A modal built on the native `<dialog>`: the browser supplies focus trapping, Escape to close and
 * the inert background.
 */
export function Dialog({ open, onClose, title, children, variant = 'dialog' }: DialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null)
  const titleId = useId()

  useEffect(() => {
    const dialog = dialogRef.current
    if (!dialog) return
    if (open && !dialog.open) {
      // jsdom lacks showModal; the `open` attribute keeps the content visible there.
      if (typeof dialog.showModal === 'function') dialog.showModal()
      else dialog.setAttribute('open', '')
    } else if (!open && dialog.open) {
      if (typeof dialog.close === 'function') dialog.close()
      else dialog.removeAttribute('open')
    }
  }, [open])

  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: backdrop click is a mouse shortcut; keyboards use Escape.
    <dialog
      ref={dialogRef}
      aria-labelledby={titleId}
      onClose={onClose}
      onCancel={(event) => {
        event.preventDefault()
        onClose()
      }}
      onClick={(event) => {
        // A click on the backdrop lands on the <dialog> element itself.
        if (event.target === event.currentTarget) onClose()
      }}
      className={cx(
        'bg-white p-0 text-slate-900 shadow-2xl backdrop:bg-slate-950/50 dark:bg-slate-900 dark:text-slate-100',
        variant === 'drawer'
          ? 'mt-auto mb-0 max-h-[85vh] w-full max-w-full rounded-t-2xl sm:mt-0 sm:mr-0 sm:ml-auto sm:h-full sm:max-h-full sm:w-[26rem] sm:rounded-none'
          : 'm-auto w-[calc(100%-2rem)] max-w-md rounded-2xl',
      )}
    >
      <div className="flex items-center justify-between border-b border-slate-200 px-5 py-3 dark:border-slate-700">
        <h2 id={titleId} className="text-base font-semibold">
          {title}
        </h2>
        <button
          type="button"
          onClick={onClose}
          aria-label="Close"
          className={cx(
            'grid size-8 cursor-pointer place-items-center rounded-md text-slate-500 hover:bg-slate-100 dark:text-slate-400 dark:hover:bg-slate-800',
            FOCUS_RING,
          )}
        >
          <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4" fill="none" stroke="currentColor">
            <path d="M5 5l10 10M15 5L5 15" strokeWidth="2" strokeLinecap="round" />
          </svg>
        </button>
      </div>
      {/* Content mounts only while open: no hidden duplicates of ids/test ids, fresh state each time. */}
      <div className="px-5 py-4">{open && children}</div>
    </dialog>
  )
}
