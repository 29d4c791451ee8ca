// Days as whole numbers since 1970-01-01 (UTC), the arithmetic the periods of figures are read
// with: the extractor resolves "on Saturday" against an article's date, the rules resolve it
// against the day an undated article is dated to, and both must count alike.

export const DAY_MS = 86_400_000;

/** The day number of an ISO date "YYYY-MM-DD". */
export const dayOf = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;

/** The ISO date "YYYY-MM-DD" of a day number. */
export const isoOf = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** The first and last day numbers of a calendar month (1 = January). */
export const monthDays = (year: number, month: number): [number, number] => [
  Date.UTC(year, month - 1, 1) / DAY_MS,
  Date.UTC(year, month, 0) / DAY_MS,
];

/** 1 (Monday) to 7 (Sunday). */
export const weekdayOf = (day: number): number => ((new Date(day * DAY_MS).getUTCDay() + 6) % 7) + 1;

/** The last day with this weekday on or before `day` (a week earlier when `last` and it is that day). */
export function lastWeekday(day: number, weekday: number, last: boolean): number {
  let back = (weekdayOf(day) - weekday + 7) % 7;
  if (back === 0 && last) back = 7;
  return day - back;
}

/** The first day with this weekday on or after `day`: "could rise by Tuesday" said on a Monday. */
export function nextWeekday(day: number, weekday: number): number {
  return day + ((weekday - weekdayOf(day) + 7) % 7);
}

/**
 * The Sunday that ends "the weekend" as said on `day`: the one under way (Friday to Sunday) or
 * just past; `weeksBefore` weekends earlier for "the previous weekend".
 */
export function weekendSunday(day: number, weeksBefore: number): number {
  const wd = weekdayOf(day);
  return (wd >= 5 ? day + (7 - wd) : lastWeekday(day, 7, false)) - 7 * weeksBefore;
}
