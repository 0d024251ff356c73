// The option lists the calculators' forms share.

export const dataUnitChoices = ['KB', 'MB', 'GB', 'TB', 'PB'].map((u) => ({ value: u, label: u }))

export const queryPeriodChoices = [
  { value: 'day', label: 'per day' },
  { value: 'month', label: 'per month' },
]

export const hoursChoices = [
  { value: '730', label: '730 hours (AWS Pricing Calculator)' },
  { value: '720', label: '720 hours (a 30-day month)' },
]
