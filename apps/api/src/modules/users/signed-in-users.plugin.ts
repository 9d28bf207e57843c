import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { UsersService } from './users.service.js';

/**
 * After any mutation, before its answer leaves, this process forgets the users it looked up: a role
 * changed, a membership ended or a session signed out acts on the very next request here, without
 * waiting for the database's notice (which tells the other processes).
 */
@Plugin()
export class SignedInUsersPlugin implements ApolloServerPlugin {
  constructor(private readonly users: UsersService) {}

  async requestDidStart(): Promise<GraphQLRequestListener<object>> {
    const users = this.users;
    return {
      async willSendResponse({ operation }) {
        if (operation?.operation === 'mutation') users.forgetSignedInUsers();
      },
    };
  }
}
