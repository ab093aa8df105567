/** Dates as day numbers (days since 1970-01-01, UTC) and back: cheap arithmetic in simulators. */
const DAY = 86_400_000;

export function toDay(iso: string): number {
  return Math.floor(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / DAY);
}

export function fromDay(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

export function isIsoDate(s: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(s) && fromDay(toDay(s)) === s;
}
