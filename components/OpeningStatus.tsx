'use client'

import {useEffect, useState} from 'react'

import type {StatusTimeline} from '@/lib/i18n/hours'

type Props = {
  /** The states of the coming days in words, from the time the page was rendered. */
  timeline: StatusTimeline
  /** The end of the timeline (epoch ms): past it the page knows nothing, so it says nothing. */
  end: number
}

/**
 * "Open now · closes at 5:00 PM", by the reader's clock. The server renders the state at its own
 * time; a cached page may be hours or days old, so the browser picks the entry of its own time
 * from the timeline the page carries and moves on at each change. The hours logic stays on the
 * server: the browser only compares times.
 */
export function OpeningStatus({timeline, end}: Props) {
  const [index, setIndex] = useState(0)
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined
    const update = () => {
      const now = Date.now()
      if (now >= end) return setIndex(-1)
      // A reader's clock a little behind the server's still gets the first state.
      const current = Math.max(
        0,
        timeline.findLastIndex((entry) => entry.from <= now),
      )
      setIndex(current)
      const next = timeline[current + 1]?.from ?? end
      // setTimeout takes at most 2^31-1 ms; a change is never more than a day away.
      timer = setTimeout(update, Math.min(next - now, 2 ** 31 - 1))
    }
    update()
    return () => clearTimeout(timer)
  }, [timeline, end])
  const entry = timeline[index]
  if (!entry) return null
  return (
    <p className={`opening-status opening-status--${entry.open ? 'open' : 'closed'}`}>
      {entry.text}
    </p>
  )
}
