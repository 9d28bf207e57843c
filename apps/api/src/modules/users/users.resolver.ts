import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, PUBLIC, SIGNED_IN } from '../../auth/allow.decorator.js';
import { currentContext, currentUser } from '../../auth/request-context.js';
import type { LabelLanguage } from '@tvaers/domain';
import { LanguageEnum } from '../../common/graphql/enums.js';
import { AcceptInvitationInput, ChangeUserRoleInput } from './user.inputs.js';
import { AuthPayloadModel, UserModel } from './user.model.js';
import { UsersService } from './users.service.js';
import { UserPseudonymisationService } from './user-pseudonymisation.service.js';

const payload = (session: { token: string; expiresAt: Date; user: Parameters<typeof UserModel.from>[0] }) =>
  Object.assign(new AuthPayloadModel(), {
    token: session.token,
    expiresAt: session.expiresAt,
    user: Object.assign(UserModel.from(session.user), { sessionOwner: true }),
  });

@Resolver(() => UserModel)
export class UsersResolver {
  constructor(
    private readonly service: UsersService,
    private readonly pseudonymisation: UserPseudonymisationService,
  ) {}

  @Allow(PUBLIC)
  @Mutation(() => AuthPayloadModel, { description: 'Signs in; rate-limited per e-mail and client address.' })
  async login(@Args('email') email: string, @Args('password') password: string): Promise<AuthPayloadModel> {
    return payload(await this.service.login(email, password, currentContext()?.ip));
  }

  @Allow(PUBLIC)
  @Mutation(() => AuthPayloadModel, { description: 'An invited user chooses a password and is signed in.' })
  async acceptInvitation(@Args('input') input: AcceptInvitationInput): Promise<AuthPayloadModel> {
    return payload(await this.service.acceptInvitation(input));
  }

  @Allow(SIGNED_IN)
  @Query(() => UserModel, { description: 'The signed-in user.' })
  async me(): Promise<UserModel> {
    return UserModel.from(await this.service.me(currentUser()!.id));
  }

  @Allow(SIGNED_IN)
  @Mutation(() => UserModel, {
    description: 'The language the signed-in user’s mail and documents are written in (null: the programme’s country’s).',
  })
  async setMyLanguage(@Args('language', { type: () => LanguageEnum, nullable: true }) language: LabelLanguage | null): Promise<UserModel> {
    return UserModel.from(await this.service.setLanguage(currentUser()!.id, language));
  }

  // Every user of the platform, across programmes: the platform administrator's list. A programme's
  // people are its members (programme { members }).
  @Allow(['ADMIN'])
  @Query(() => [UserModel])
  async users(): Promise<UserModel[]> {
    return (await this.service.list()).map(UserModel.from);
  }

  @Allow(['ADMIN'])
  @Mutation(() => UserModel)
  async changeUserRole(@Args('input') input: ChangeUserRoleInput): Promise<UserModel> {
    return UserModel.from(await this.service.changeRole(input));
  }

  @Allow(['ADMIN'])
  @Mutation(() => UserModel, { description: 'The user can no longer sign in; their history stays.' })
  async deactivateUser(
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
  ): Promise<UserModel> {
    return UserModel.from(await this.service.deactivate(id, version));
  }

  @Allow(['ADMIN'])
  @Mutation(() => UserModel, {
    description:
      'Forgets a departed user: name and e-mail become "Pseudonymiseret bruger #n" everywhere, sign-in closes; the audit trail, which hashes only ids, still verifies.',
  })
  async pseudonymiseUser(
    @Args('id', { type: () => ID }) id: string,
    @Args('reason', { description: 'Why (kept in the audit trail: do not name the person).' }) reason: string,
  ): Promise<UserModel> {
    return UserModel.from(await this.pseudonymisation.pseudonymise(id, reason));
  }
}
