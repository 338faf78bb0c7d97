import { GroupKind } from '../../../gql/graphql';

/** Filter order: parents' groups first, as most people arriving here are looking for those. */
export const GROUP_KINDS: readonly GroupKind[] = [
  GroupKind.ParentAndBaby,
  GroupKind.Faith,
  GroupKind.Civic,
  GroupKind.MutualAid,
  GroupKind.VolunteerScheme,
  GroupKind.Service,
];

export function isGroupKind(value: string | null): value is GroupKind {
  return GROUP_KINDS.some((kind) => kind === value);
}
