/** A group's website as a safe link: only http(s), shown by its host name; null when unusable. */
export function websiteLink(raw: string | null): { href: string; label: string } | null {
  if (!raw) return null;
  try {
    const url = new URL(raw);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    return { href: url.href, label: url.host.replace(/^www\./, '') };
  } catch {
    return null;
  }
}
