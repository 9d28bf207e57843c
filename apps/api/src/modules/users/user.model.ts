import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { LabelLanguage, UserRole } from '@tvaers/domain';
import { LanguageEnum, UserRoleEnum } from '../../common/graphql/enums.js';
import type { UserEntity } from './user.entity.js';

@ObjectType('User', { description: 'Someone who signs in. Never carries the password hash.' })
export class UserModel {
  @Field(() => ID) id!: string;
  @Field() email!: string;
  @Field() name!: string;
  @Field(() => UserRoleEnum) role!: UserRole;
  @Field(() => ID, { nullable: true, description: 'The partner organisation (PARTNER only).' }) organisationId!: string | null;
  @Field() active!: boolean;
  @Field({ description: 'False until an invited user has chosen a password.' }) hasPassword!: boolean;
  @Field(() => LanguageEnum, {
    nullable: true,
    description: 'What mail and documents are written in for this user; null: the language of the programme’s country.',
  })
  language!: LabelLanguage | null;
  @Field(() => Int) version!: number;
  /** Not in the schema: set when this user was just given a session (login), so they may read their own memberships. */
  sessionOwner?: boolean;

  static from(e: UserEntity): UserModel {
    return Object.assign(new UserModel(), {
      id: e.id,
      email: e.email,
      name: e.name,
      role: e.role as UserRole,
      organisationId: e.organisationId,
      active: e.active,
      hasPassword: e.passwordHash !== null,
      language: e.language as LabelLanguage | null,
      version: e.version,
    });
  }
}

@ObjectType('AuthPayload', { description: 'A session token, sent as `Authorization: Bearer <token>`.' })
export class AuthPayloadModel {
  @Field() token!: string;
  @Field() expiresAt!: Date;
  @Field(() => UserModel) user!: UserModel;
}

@ObjectType('Invitation', { description: 'A new user and the one-time token with which they choose a password.' })
export class InvitationModel {
  @Field(() => UserModel) user!: UserModel;
  @Field({ description: 'Give it to the user (e.g. by e-mail); valid for 7 days.' }) invitationToken!: string;
}
