import type { Response } from 'express';

/** Answers an HTTP request to /graphql the way GraphQL answers: `{ errors: [{ message, extensions }] }`. */
export function sendGraphQLError(
  response: Response,
  status: number,
  message: string,
  extensions: { code: string } & Record<string, unknown>,
): void {
  response.status(status).json({ errors: [{ message, extensions }] });
}
