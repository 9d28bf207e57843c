import { Module } from '@nestjs/common';
import { SignedInUserLookup } from '../../auth/signed-in-user-lookup.js';
import { UsersResolver } from './users.resolver.js';
import { SignedInUsersPlugin } from './signed-in-users.plugin.js';
import { UsersService } from './users.service.js';
import { UserPseudonymisationService } from './user-pseudonymisation.service.js';

@Module({
  providers: [
    UsersService,
    UserPseudonymisationService,
    UsersResolver,
    SignedInUsersPlugin,
    { provide: SignedInUserLookup, useExisting: UsersService },
  ],
  exports: [UsersService, SignedInUserLookup],
})
export class UsersModule {}
