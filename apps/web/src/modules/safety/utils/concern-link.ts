/** What a safeguarding concern can be raised about, from the page the person was on. */
export interface ConcernAbout {
  post?: string;
  message?: string;
  person?: string;
}

const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The concern form's address, carrying what it is about as ids only (never names or words). */
export function concernPath(about: ConcernAbout = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(about)) if (value) params.set(key, value);
  const query = params.toString();
  return query ? `/safeguarding?${query}` : '/safeguarding';
}

/** What a link said the concern is about, as API input; anything that is not an id is ignored. */
export function concernAboutFrom(params: URLSearchParams) {
  const id = (name: keyof ConcernAbout) => {
    const value = params.get(name);
    return value && ID.test(value) ? value : null;
  };
  return { helpPostId: id('post'), messageId: id('message'), aboutPersonId: id('person') };
}
