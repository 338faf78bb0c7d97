/** A month written YYYY-MM, `offset` months from this one (a birth month, a due month). */
export function month(offset: number): string {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + offset, 1))
    .toISOString()
    .slice(0, 7);
}
