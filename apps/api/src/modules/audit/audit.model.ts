import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON } from './json.scalar.js';
import { IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';

@ObjectType('AuditEvent', { description: 'One row change, written by the database in the same transaction.' })
export class AuditEventModel {
  @Field({ description: 'Position in the hash chain (a bigint as text).' }) sequence!: string;
  @Field() at!: Date;
  @Field() actorEmail!: string;
  @Field({ description: 'The GraphQL operation, e.g. "mutation updateProject".' }) operation!: string;
  @Field({ description: 'INSERT, UPDATE or DELETE.' }) action!: string;
  @Field({ description: 'The table, e.g. "projects".' }) entityType!: string;
  @Field(() => ID, { nullable: true }) entityId!: string | null;
  @Field(() => GraphQLJSON, { nullable: true }) before!: unknown;
  @Field(() => GraphQLJSON, { nullable: true }) after!: unknown;
  @Field() hash!: string;
}

@ObjectType('AuditVerification')
export class AuditVerificationModel {
  @Field() ok!: boolean;
  @Field(() => Int) checked!: number;
  @Field(() => String, { nullable: true, description: 'The first sequence number whose hash or link does not hold.' })
  firstBrokenSequence!: string | null;
  @Field(() => String, { nullable: true }) reason!: string | null;
}

@InputType()
export class AuditFilter {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'must be a UUID' }) projectId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'must be a UUID' }) programmeId?: string;
  @Field({ nullable: true, description: 'Table name, e.g. "budget_lines".' }) @IsOptional() @IsString() @MaxLength(100) entityType?: string;
  @Field({ nullable: true, description: 'Part of the actor e-mail.' }) @IsOptional() @IsString() @MaxLength(320) actor?: string;
  @Field({ nullable: true, description: 'Only events before this sequence number (paging).' })
  @IsOptional()
  @Matches(/^[1-9]\d{0,17}$/, { message: 'must be a sequence number (a whole number from 1 to 999999999999999999)' })
  before?: string;
  @Field(() => Int, { nullable: true, description: '1–500, default 100.' }) @IsOptional() @IsInt() @Min(1) @Max(500) first?: number;
}
