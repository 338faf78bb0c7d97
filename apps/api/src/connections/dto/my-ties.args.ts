import { ArgsType, Field } from '@nestjs/graphql';
import { IsBoolean } from 'class-validator';
import { PageArgs } from '../../graphql/pagination';

@ArgsType()
export class MyTiesArgs extends PageArgs {
  @Field({
    defaultValue: false,
    description: 'true: only the ties I hid; false (the default): the rest.',
  })
  @IsBoolean()
  hidden: boolean = false;
}
