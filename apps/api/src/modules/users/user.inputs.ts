import { Field, ID, InputType } from '@nestjs/graphql';
import { USER_ROLES, type UserRole } from '@tvaers/domain';
import { IsEmail, IsIn, IsOptional, IsString, IsUUID, Length, MinLength } from 'class-validator';
import { VersionedUpdateInput } from '../../common/graphql/common-types.js';
import { UserRoleEnum } from '../../common/graphql/enums.js';

@InputType()
export class InviteUserInput {
  @Field() @IsEmail({}, { message: 'must be an e-mail address' }) email!: string;
  @Field() @IsString() @Length(2, 200) name!: string;
  @Field(() => UserRoleEnum) @IsIn(USER_ROLES) role!: UserRole;
  @Field(() => ID, { nullable: true, description: 'Required for PARTNER: the organisation they act for.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  organisationId?: string;
  @Field(() => ID, {
    nullable: true,
    description: 'The programme the user gets `role` in (a membership); required unless an ADMIN invites.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  programmeId?: string;
}

@InputType()
export class ChangeUserRoleInput extends VersionedUpdateInput {
  @Field(() => UserRoleEnum) @IsIn(USER_ROLES) role!: UserRole;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'must be a UUID' }) organisationId?: string;
}

export const MIN_PASSWORD_LENGTH = 12;

@InputType()
export class AcceptInvitationInput {
  @Field() @IsString() token!: string;
  @Field()
  @IsString()
  @MinLength(MIN_PASSWORD_LENGTH, { message: `must have at least ${MIN_PASSWORD_LENGTH} characters` })
  password!: string;
}
