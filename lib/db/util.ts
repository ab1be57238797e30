/** Small helpers shared by the db module. */

/** A random UUID v4. */
export function newId(): string {
  return crypto.randomUUID();
}

/** Now, as an ISO string (tests control it with vi.setSystemTime). */
export function nowIso(): string {
  return new Date().toISOString();
}

/** `iso` plus a number of minutes, as ISO. */
export function addMinutes(iso: string, minutes: number): string {
  return new Date(Date.parse(iso) + minutes * 60_000).toISOString();
}
