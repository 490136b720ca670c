import { Args, ID } from '@nestjs/graphql';
import { PipeTransform } from '@nestjs/common';
import { BadUserInputException } from '../errors/domain.exception';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

class IdPipe implements PipeTransform<unknown, string | undefined> {
  constructor(
    private readonly name: string,
    private readonly optional: boolean,
  ) {}

  transform(value: unknown): string | undefined {
    if ((value === undefined || value === null) && this.optional) return undefined;
    if (!isUuid(value)) throw new BadUserInputException(this.name, `${this.name} is not a valid id`);
    return value.toLowerCase();
  }
}

/** An `ID!` argument that must be one of our UUIDs (a malformed id is BAD_USER_INPUT, never a SQL error). */
export const IdArg = (name: string) => Args(name, { type: () => ID }, new IdPipe(name, false));

/** An optional `ID` argument. */
export const OptionalIdArg = (name: string) => Args(name, { type: () => ID, nullable: true }, new IdPipe(name, true));
