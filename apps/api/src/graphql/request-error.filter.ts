import { ArgumentsHost, Catch, ExceptionFilter, HttpException } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import {
  isDatabaseUnavailable,
  RETRY_AFTER_SECONDS,
  SERVICE_UNAVAILABLE_MESSAGE,
} from './service-unavailable';

/**
 * Errors raised before GraphQL runs (a body that is not JSON, too large, an unknown route) still get
 * a clear message and, on /graphql, the GraphQL error shape. Never a stack trace.
 */
@Catch()
export class RequestErrorFilter implements ExceptionFilter {
  constructor(private readonly logger: Logger) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw exception;
    const response = host.switchToHttp().getResponse<Response>();
    const request = host.switchToHttp().getRequest<Request>();
    if (isDatabaseUnavailable(exception)) {
      response.setHeader('retry-after', String(RETRY_AFTER_SECONDS));
      this.send(response, request, 503, 'SERVICE_UNAVAILABLE', SERVICE_UNAVAILABLE_MESSAGE);
      return;
    }
    const status = exception instanceof HttpException ? exception.getStatus() : 500;
    const message =
      status === 400 && exception instanceof Error && /JSON/i.test(exception.message)
        ? 'The request body is not valid JSON.'
        : status === 413
          ? 'The request is too large.'
          : status === 404
            ? 'There is nothing at this address.'
            : status < 500 && exception instanceof HttpException
              ? exception.message
              : 'Something went wrong on our side. Please try again.';
    if (status >= 500)
      this.logger.error(
        { err: exception, url: request.url },
        'unexpected error in an HTTP request',
      );
    const code =
      status === 404 ? 'NOT_FOUND' : status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR';
    this.send(response, request, status, code, message);
  }

  private send(
    response: Response,
    request: Request,
    status: number,
    code: string,
    message: string,
  ) {
    response
      .status(status)
      .json(
        request.path === '/graphql'
          ? { errors: [{ message, extensions: { code } }] }
          : { error: { code, message } },
      );
  }
}
