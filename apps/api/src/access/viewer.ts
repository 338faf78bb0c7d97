import type { AccountRole } from '@village/shared';

/** Who is asking: the signed-in account behind a request or a socket. Anonymous callers have none. */
export interface Viewer {
  accountId: string;
  personId: string;
  sessionId: string;
  roles: readonly AccountRole[];
}
