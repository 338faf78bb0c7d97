import { registerEnumType } from '@nestjs/graphql';

/** How an attendance was recorded: ticked by an organiser on the register, or by the person with the code. */
export enum AttendanceMethod {
  REGISTER = 'REGISTER',
  SELF = 'SELF',
}

registerEnumType(AttendanceMethod, {
  name: 'AttendanceMethod',
  description: 'REGISTER: ticked by an organiser; SELF: checked in with the code at the venue.',
});
