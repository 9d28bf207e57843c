import { ApolloServer, HeaderMap } from '@apollo/server';
import type { GatewayGraphQLRequestContext, GatewayInterface } from '@apollo/server-gateway-interface';
import { buildSchema } from 'graphql';

// patches/@apollo+server+5.5.1.patch: the request context Apollo hands a gateway's executor (Tværs's
// compiled queries run through one) has its response status as an accessor on a class's prototype,
// not as a getter/setter pair made with every request (patches/README.md says why). The status still
// reads and sets the answer's.

const schema = buildSchema('type Query { hello: String }');

function capturingGateway(onExecute: (context: GatewayGraphQLRequestContext) => void): GatewayInterface {
  let announce: ((schemaContext: { apiSchema: typeof schema; coreSupergraphSdl: string }) => void) | undefined;
  return {
    onSchemaLoadOrUpdate(callback) {
      announce = callback;
      return () => (announce = undefined);
    },
    async load() {
      announce?.({ apiSchema: schema, coreSupergraphSdl: '' });
      return {
        executor: async (context) => {
          onExecute(context);
          return { data: { hello: 'world' } };
        },
      };
    },
    stop: async () => undefined,
  };
}

async function ask(server: ApolloServer) {
  return server.executeHTTPGraphQLRequest({
    httpGraphQLRequest: {
      method: 'POST',
      headers: new HeaderMap([['content-type', 'application/json']]),
      search: '',
      body: { query: '{ hello }' },
    },
    context: async () => ({}),
  });
}

describe("the request context of Apollo's gateway executor (patched)", () => {
  it('has no per-request accessor on response.http, and its status sets the answer’s', async () => {
    const seen: { ownStatus?: PropertyDescriptor; statusBefore?: number } = {};
    const server = new ApolloServer({
      gateway: capturingGateway((context) => {
        const http = context.response?.http;
        if (!http) throw new Error('the gateway request context has no response.http');
        seen.ownStatus = Object.getOwnPropertyDescriptor(http, 'status');
        seen.statusBefore = http.status;
        http.status = 299;
      }),
    });
    await server.start();
    try {
      const answer = await ask(server);
      expect(seen.ownStatus).toBeUndefined();
      expect(seen.statusBefore).toBeUndefined();
      expect(answer.status).toBe(299);
      expect(answer.body.kind === 'complete' && JSON.parse(answer.body.string)).toEqual({ data: { hello: 'world' } });
    } finally {
      await server.stop();
    }
  });
});
