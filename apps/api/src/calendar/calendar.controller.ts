import { Controller, Get, Param, Res } from '@nestjs/common';
import { isUUID } from 'class-validator';
import type { Response } from 'express';
import { Feed, renderCalendar } from './calendar-feed';
import { CalendarService } from './calendar.service';

/** Calendar apps poll; a feed may be an hour stale at most between proxies and clients. */
export const CALENDAR_CACHE_CONTROL = 'public, max-age=900, stale-while-revalidate=3600';

const FILE_NAME = /[^a-z0-9-]+/gi;

/**
 * Public iCalendar (RFC 5545) feeds: one session, or all of a group's sessions. Plain HTTP, not
 * GraphQL, because calendar apps subscribe to a URL. Sessions, groups and spaces are public.
 */
@Controller('calendar')
export class CalendarController {
  constructor(private readonly calendarService: CalendarService) {}

  @Get('sessions/:file')
  async session(@Param('file') file: string, @Res() response: Response): Promise<void> {
    const id = file.endsWith('.ics') ? file.slice(0, -'.ics'.length) : null;
    if (!id || !isUUID(id)) {
      plain(response, 400, 'That is not a session calendar address.');
      return;
    }
    const feed = await this.calendarService.sessionFeed(id);
    if (!feed) plain(response, 404, 'We could not find that session.');
    else send(response, feed, `session-${id}.ics`);
  }

  /** A member's saved sessions; the token in the address is the key (no cookie from calendar apps). */
  @Get('me/:file')
  async mine(@Param('file') file: string, @Res() response: Response): Promise<void> {
    const token = file.endsWith('.ics') ? file.slice(0, -'.ics'.length) : '';
    const feed = /^[\w-]{40,60}$/.test(token)
      ? await this.calendarService.privateFeed(token)
      : null;
    if (!feed) plain(response, 404, 'That calendar address does not exist or was replaced.');
    else sendPrivate(response, feed);
  }

  @Get('groups/:file')
  async group(@Param('file') file: string, @Res() response: Response): Promise<void> {
    const slug = file.endsWith('.ics') ? file.slice(0, -'.ics'.length) : '';
    if (!slug || slug.length > 200) {
      plain(response, 400, 'That is not a group calendar address.');
      return;
    }
    const feed = await this.calendarService.groupFeed(slug);
    if (!feed) plain(response, 404, 'We could not find that group.');
    else send(response, feed, `${slug.replace(FILE_NAME, '-')}.ics`);
  }
}

function sendPrivate(response: Response, feed: Feed): void {
  response.set('Cache-Control', 'private, max-age=900');
  response
    .status(200)
    .type('text/calendar; charset=utf-8')
    .set('Content-Disposition', 'inline; filename="my-village-sessions.ics"')
    .send(renderCalendar(feed));
}

function plain(response: Response, status: number, message: string): void {
  response.status(status).type('text/plain; charset=utf-8').send(message);
}

function send(response: Response, feed: Feed, fileName: string): void {
  response
    .status(200)
    .set({
      'Content-Type': 'text/calendar; charset=utf-8',
      'Cache-Control': CALENDAR_CACHE_CONTROL,
      'Content-Disposition': `inline; filename="${fileName}"`,
    })
    .send(renderCalendar(feed));
}
