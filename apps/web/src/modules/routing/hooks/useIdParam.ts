import { useParams } from 'react-router';

/** The shape of every id Village hands out (a UUID, any version). */
const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The `:id` of the address, or null when it cannot be an id (`/groups/not-an-id`, `/sessions/%%%`):
 * such a link leads nowhere, so the page says "not found" in the reader's language without asking
 * the API, which would only refuse the id in English.
 */
export function useIdParam(): string | null {
  const { id = '' } = useParams();
  return ID.test(id) ? id : null;
}
