import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { ArgsType, Field, ID } from '@nestjs/graphql';
import { isUUID, IsUUID } from 'class-validator';
import { badInput } from './domain-error';

@ArgsType()
export class IdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be an id' })
  id!: string;
}

/** For optional id arguments, which the validation pipe does not see one by one. */
export function checkId(id: string, field = 'id'): string {
  if (!isUUID(id)) throw badInput(`${field} must be an id`, field);
  return id;
}

/** Validates an `id` argument given beside other arguments (where an ArgsType would see them all). */
@Injectable()
export class UuidPipe implements PipeTransform<string, string> {
  transform(value: string, metadata: ArgumentMetadata): string {
    return checkId(value, metadata.data ?? 'id');
  }
}
