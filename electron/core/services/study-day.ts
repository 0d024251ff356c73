// The study day: like Anki, a day starts at 04:00 local time, so a late-night session counts as the evening.

const rolloverHour = 4

/** When the study day that contains `now` began. */
export function studyDayStart(now: Date): Date {
  const start = new Date(now)
  start.setHours(rolloverHour, 0, 0, 0)
  if (start.getTime() > now.getTime()) start.setDate(start.getDate() - 1)
  return start
}

/** When the next study day begins (the end of today's). */
export function nextStudyDayStart(now: Date): Date {
  const next = studyDayStart(now)
  next.setDate(next.getDate() + 1)
  return next
}
