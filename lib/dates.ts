/** Calendar days as YYYY-MM-DD strings <-> the UTC-midnight Dates Prisma uses for @db.Date columns. */
export function toIsoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function fromIsoDay(day: string): Date {
  return new Date(`${day}T00:00:00.000Z`);
}

export function addDays(day: string, days: number): string {
  const d = fromIsoDay(day);
  d.setUTCDate(d.getUTCDate() + days);
  return toIsoDay(d);
}
