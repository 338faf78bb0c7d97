/** Sessions soonest first by their next date; those with no date to come go last, by title. */
export function sessionsByNextDate<S extends { title: string; nextOccurrences: readonly string[] }>(
  sessions: readonly S[],
): S[] {
  const next = (session: S) => {
    const first = session.nextOccurrences[0];
    return first === undefined ? Number.POSITIVE_INFINITY : Date.parse(first);
  };
  return [...sessions].sort((a, b) => next(a) - next(b) || a.title.localeCompare(b.title));
}
