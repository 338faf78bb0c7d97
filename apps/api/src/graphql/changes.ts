/** The fields an update input actually sets: absent and null fields keep their stored values. */
export function changesFrom<T extends object>(input: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(input).filter(([, value]) => value !== undefined && value !== null),
  ) as Partial<T>;
}
