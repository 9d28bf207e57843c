import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { MEMBERSHIP_ROLES, type MembershipRole } from '@tvaers/domain';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { MembershipRoleEnum } from '../../common/graphql/enums.js';
import type { MembershipEntity } from './membership.entity.js';

@ObjectType('Membership', { description: "A user's role in one programme; without one the programme is invisible to them." })
export class MembershipModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) userId!: string;
  @Field(() => ID) programmeId!: string;
  @Field(() => MembershipRoleEnum) role!: MembershipRole;
  @Field(() => ID, { nullable: true, description: 'The organisation a PARTNER acts for.' }) organisationId!: string | null;
  @Field(() => Int) version!: number;

  static from(e: MembershipEntity): MembershipModel {
    return Object.assign(new MembershipModel(), {
      id: e.id,
      userId: e.userId,
      programmeId: e.programmeId,
      role: e.role as MembershipRole,
      organisationId: e.organisationId,
      version: e.version,
    });
  }
}

const uuid = { message: 'must be a UUID' };

@InputType()
export class GrantMembershipInput {
  @Field(() => ID) @IsUUID('all', uuid) userId!: string;
  @Field(() => ID) @IsUUID('all', uuid) programmeId!: string;
  @Field(() => MembershipRoleEnum) @IsIn(MEMBERSHIP_ROLES) role!: MembershipRole;
  @Field(() => ID, { nullable: true, description: 'Required for PARTNER: the organisation they act for.' })
  @IsOptional()
  @IsUUID('all', uuid)
  organisationId?: string;
}
