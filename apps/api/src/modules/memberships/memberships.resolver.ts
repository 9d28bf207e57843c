import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow } from '../../auth/allow.decorator.js';
import { ForbiddenError, invalidField } from '../../common/errors/domain-errors.js';
import { currentUser, isAdmin } from '../../auth/request-context.js';
import { VersionedRowArgs } from '../../common/graphql/common-types.js';
import { loadExisting } from '../../graphql/loaders.js';
import type { GraphqlContext } from '../../loaders.js';
import { OrganisationModel } from '../organisations/organisation.model.js';
import { ProgrammeModel } from '../programmes/programme.model.js';
import { InviteUserInput } from '../users/user.inputs.js';
import { InvitationModel, UserModel } from '../users/user.model.js';
import { UsersService } from '../users/users.service.js';
import type { MembershipRole } from '@tvaers/domain';
import { GrantMembershipInput, MembershipModel } from './membership.model.js';
import { MembershipsService } from './memberships.service.js';

@Resolver(() => MembershipModel)
export class MembershipsResolver {
  constructor(
    private readonly service: MembershipsService,
    private readonly users: UsersService,
  ) {}

  @Allow(['ADMIN', 'PROGRAMME_OFFICE'])
  @Mutation(() => MembershipModel, { description: "Gives a user a role in a programme. ADMIN, or the programme's own office." })
  async grantMembership(@Args('input') input: GrantMembershipInput): Promise<MembershipModel> {
    return MembershipModel.from(await this.service.grant(input));
  }

  @Allow(['ADMIN', 'PROGRAMME_OFFICE'])
  @Mutation(() => InvitationModel, {
    description:
      "Creates a user with a role in a programme (ADMIN, or that programme's office) and a one-time invitation token. Without a programme (ADMIN only) the user gets no membership, e.g. another ADMIN.",
  })
  async inviteUser(@Args('input') input: InviteUserInput): Promise<InvitationModel> {
    if (!input.programmeId && !isAdmin(currentUser())) throw new ForbiddenError('Only an administrator invites a user without a programme');
    if (input.programmeId && input.role === 'ADMIN')
      throw invalidField('input.role', 'ADMIN is platform-wide, not a role in a programme; invite an administrator without a programme');
    const { user, invitationToken } = await this.users.invite(input, async (manager, created) => {
      if (input.programmeId)
        await this.service.grantIn(
          manager,
          { userId: created.id, programmeId: input.programmeId, role: input.role as MembershipRole, organisationId: input.organisationId },
          'input',
        );
    });
    return Object.assign(new InvitationModel(), { user: UserModel.from(user), invitationToken });
  }

  @Allow(['ADMIN', 'PROGRAMME_OFFICE'])
  @Mutation(() => ID, { description: "Takes a user's role in a programme away; the programme becomes invisible to them." })
  async revokeMembership(@Args() { id, version }: VersionedRowArgs): Promise<string> {
    await this.service.revoke(id, version);
    return id;
  }

  @ResolveField(() => ProgrammeModel)
  async programme(@Parent() membership: MembershipModel, @Context() { loaders }: GraphqlContext): Promise<ProgrammeModel> {
    return ProgrammeModel.from(await loadExisting(loaders.programme, membership.programmeId, 'Programme'));
  }

  @ResolveField(() => OrganisationModel, { nullable: true })
  async organisation(@Parent() membership: MembershipModel, @Context() { loaders }: GraphqlContext): Promise<OrganisationModel | null> {
    return membership.organisationId
      ? OrganisationModel.from(await loadExisting(loaders.organisation, membership.organisationId, 'Organisation'))
      : null;
  }

  // Batched: a programme's member list reads its users in one statement.
  @ResolveField(() => UserModel)
  async user(@Parent() membership: MembershipModel, @Context() { loaders }: GraphqlContext): Promise<UserModel> {
    return UserModel.from(await loadExisting(loaders.user, membership.userId, 'User'));
  }
}

/** `me { memberships }` and `programme { members }`. */
@Resolver(() => UserModel)
export class UserMembershipsResolver {
  constructor(private readonly service: MembershipsService) {}

  @ResolveField(() => [MembershipModel], { description: "The user's roles per programme (for the signed-in user, or as ADMIN)." })
  async memberships(@Parent() user: UserModel): Promise<MembershipModel[]> {
    const viewer = currentUser();
    // Their own (also in the answer to the sign-in that just gave them a session), or as ADMIN.
    if (!user.sessionOwner && (!viewer || (!isAdmin(viewer) && viewer.id !== user.id))) return [];
    return (await this.service.ofUser(user.id)).map(MembershipModel.from);
  }
}

@Resolver(() => ProgrammeModel)
export class ProgrammeMembersResolver {
  constructor(private readonly service: MembershipsService) {}

  @ResolveField(() => [MembershipModel], {
    description: "Who has which role in the programme (ADMIN, the programme's office and auditors).",
  })
  async members(@Parent() programme: ProgrammeModel): Promise<MembershipModel[]> {
    return (await this.service.ofProgramme(programme.id)).map(MembershipModel.from);
  }
}
