import { type CSSProperties, type ReactNode, useEffect, useRef, useState } from 'react'

/** How far outside the viewport a placeholder starts mounting its content (a scroll's worth ahead). */
const ROOT_MARGIN = '200px 0px'

/**
 * Mounts `children` only once the placeholder scrolls within ROOT_MARGIN of the viewport, and keeps them
 * mounted after. Until then it renders an empty box of the caller's fixed size (`className`/`style`
 * must fix its height), so mounting shifts nothing. Below-the-fold charts thus cost no main-thread
 * work during the first load. Where there is no IntersectionObserver (jsdom), the content mounts at once.
 */
export function MountWhenVisible({
  children,
  className,
  style,
  slot,
}: {
  children: ReactNode
  className?: string
  style?: CSSProperties
  /** `data-chart-slot` of the box, for tests to find (and scroll to) it; `data-mounted` says whether the content is. */
  slot?: string
}) {
  const box = useRef<HTMLDivElement>(null)
  const [visible, setVisible] = useState(() => typeof IntersectionObserver === 'undefined')
  useEffect(() => {
    const element = box.current
    if (visible || !element) return
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setVisible(true)
      },
      { rootMargin: ROOT_MARGIN },
    )
    observer.observe(element)
    return () => observer.disconnect()
  }, [visible])
  return (
    <div ref={box} className={className} style={style} data-chart-slot={slot} data-mounted={visible}>
      {visible ? children : null}
    </div>
  )
}
