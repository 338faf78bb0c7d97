import { Module } from '@nestjs/common';
import { GoingModule } from '../going/going.module';
import { CalendarController } from './calendar.controller';
import { GroupCalendarResolver, SessionCalendarResolver } from './calendar.resolver';
import { CalendarService } from './calendar.service';
import { MyCalendarResolver } from './my-calendar.resolver';
import { MyCalendarService } from './my-calendar.service';

/** iCalendar feeds: public ones of sessions and groups (`icalUrl`), and my saved sessions. */
@Module({
  imports: [GoingModule],
  controllers: [CalendarController],
  providers: [
    CalendarService,
    SessionCalendarResolver,
    GroupCalendarResolver,
    MyCalendarService,
    MyCalendarResolver,
  ],
})
export class CalendarModule {}
