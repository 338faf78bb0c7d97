import type { Response } from 'express';

export const SESSION_COOKIE = 'village_session';
export const SESSION_DAYS = 30;

/** The session token in a Cookie header (HTTP requests and the WebSocket upgrade alike). */
export function sessionTokenFrom(cookieHeader: string | undefined): string | null {
  if (!cookieHeader) return null;
  for (const part of cookieHeader.split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === SESSION_COOKIE) return decodeURIComponent(value.join('='));
  }
  return null;
}

/** httpOnly so scripts cannot read it; SameSite=Lax so other sites cannot send it with a POST. */
export function setSessionCookie(
  response: Response,
  token: string,
  expires: Date,
  secure: boolean,
): void {
  response.cookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure,
    path: '/',
    expires,
  });
}

export function clearSessionCookie(response: Response, secure: boolean): void {
  response.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure, path: '/' });
}
