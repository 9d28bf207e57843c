import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsUUID, Min } from 'class-validator';

/** Identifies a row and the version the client saw: for deletes and state transitions. */
@ArgsType()
export class VersionedRowArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a UUID' })
  id!: string;

  @Field(() => Int, { description: 'The version you read; if someone saved since, the operation fails with CONFLICT.' })
  @IsInt()
  @Min(1)
  version!: number;
}

/** Base for update inputs: which row, and which version of it the client edited. */
@InputType({ isAbstract: true })
export abstract class VersionedUpdateInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a UUID' })
  id!: string;

  @Field(() => Int, { description: 'The version you read; if someone saved since, the update fails with CONFLICT.' })
  @IsInt()
  @Min(1)
  version!: number;
}
