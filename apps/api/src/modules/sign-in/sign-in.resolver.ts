import { Args, Field, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Inject } from '@nestjs/common';
import { AUTH_CONFIG, type AuthConfig } from '../../auth/auth-config.js';
import { Allow, PUBLIC, SIGNED_IN } from '../../auth/allow.decorator.js';
import { currentUser } from '../../auth/request-context.js';
import { AuthPayloadModel, UserModel } from '../users/user.model.js';
import { UsersService } from '../users/users.service.js';
import { OidcService } from './oidc.service.js';

@ObjectType('SignInOptions', { description: 'How people sign in here, for the sign-in page.' })
export class SignInOptionsModel {
  @Field({ description: 'E-mail and password sign-in is offered.' }) passwordLogin!: boolean;
  @Field(() => String, {
    nullable: true,
    description: 'The name of the single sign-on service ("Log ind med …"), when one is set up; start it at GET /auth/oidc/login.',
  })
  singleSignOn!: string | null;
}

@ObjectType('SignOut')
export class SignOutModel {
  @Field(() => String, { nullable: true, description: "Send the browser here to end the organisation's sign-in session too." })
  endSessionUrl!: string | null;
}

@Resolver()
export class SignInResolver {
  constructor(
    private readonly oidc: OidcService,
    private readonly users: UsersService,
    @Inject(AUTH_CONFIG) private readonly auth: AuthConfig,
  ) {}

  @Allow(PUBLIC)
  @Query(() => SignInOptionsModel)
  signInOptions(): SignInOptionsModel {
    return Object.assign(new SignInOptionsModel(), {
      passwordLogin: this.auth.passwordLogin !== false,
      singleSignOn: this.auth.oidc?.displayName ?? null,
    });
  }

  @Allow(PUBLIC)
  @Mutation(() => AuthPayloadModel, { description: 'After single sign-on: exchanges the one-time code from the callback for a session.' })
  async completeSignIn(@Args('code') code: string): Promise<AuthPayloadModel> {
    const session = await this.oidc.complete(code);
    return Object.assign(new AuthPayloadModel(), {
      token: session.token,
      expiresAt: session.expiresAt,
      user: Object.assign(UserModel.from(session.user), { sessionOwner: true }),
    });
  }

  @Allow(SIGNED_IN)
  @Mutation(() => SignOutModel, { description: 'Ends this session: its token is refused from now on.' })
  async logout(): Promise<SignOutModel> {
    const session = currentUser()?.session;
    if (!session) return Object.assign(new SignOutModel(), { endSessionUrl: null });
    await this.users.endSession(session);
    return Object.assign(new SignOutModel(), { endSessionUrl: await this.oidc.endSessionUrl(session.id) });
  }
}
