import type { Answer } from '../../test/answer.js';
import { createWorld, type World } from '../../test/factories.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';

// A refusal says why in the reader's language (Accept-Language; Danish by default) and carries a
// stable reason code with its parameters, for GraphQL and for the HTTP routes alike.

const ADD_LINE = `mutation($input: AddBudgetLineInput!) { addBudgetLine(input: $input) { id } }`;

describe('refusals in Danish, Norwegian and English, with stable reason codes', () => {
  let app: TestApp;
  let world: World;
  let token: string;
  beforeAll(async () => {
    app = await createTestApp();
    world = await createWorld(app);
    token = (await app.as('ADMIN')).token;
  });
  afterAll(() => app.close());

  const addLine = async (amount: string, acceptLanguage?: string) => {
    const response = await fetch(`${app.baseUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${token}`,
        ...(acceptLanguage !== undefined && { 'accept-language': acceptLanguage }),
      },
      body: JSON.stringify({
        query: ADD_LINE,
        variables: { input: { projectId: world.project.id, funderId: world.lead.id, fiscalYear: 2026, category: 'DEVELOPMENT', amount } },
      }),
    });
    const body = (await response.json()) as Answer;
    expect(body.errors).toHaveLength(1);
    return body.errors[0];
  };

  it('says an amount with too many decimals in the language asked for, with the code MAX_DECIMALS', async () => {
    const danish = await addLine('10.005', 'da-DK,da;q=0.9,en;q=0.5');
    expect(danish.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'input.amount', reason: 'må højst have 2 decimaler', code: 'MAX_DECIMALS', params: { max: '2' } }],
    });
    expect(danish.message).toBe('Ugyldige oplysninger: input.amount må højst have 2 decimaler');
    const norwegian = await addLine('10.005', 'nb');
    expect(norwegian.extensions.fields).toEqual([
      { field: 'input.amount', reason: 'kan ha høyst 2 desimaler', code: 'MAX_DECIMALS', params: { max: '2' } },
    ]);
    expect(norwegian.message).toBe('Ugyldige opplysninger: input.amount kan ha høyst 2 desimaler');
    const english = await addLine('10.005', 'en-GB');
    expect(english.extensions.fields[0]).toMatchObject({ reason: 'must have at most 2 decimals', code: 'MAX_DECIMALS' });
    expect(english.message).toBe('Invalid input: input.amount must have at most 2 decimals');
    // No Accept-Language, or one Tværs does not speak: Danish.
    expect((await addLine('10.005')).extensions.fields[0].reason).toBe('må højst have 2 decimaler');
    expect((await addLine('10.005', 'fr-FR')).extensions.fields[0].reason).toBe('må højst have 2 decimaler');
  });

  it('gives other reasons their codes too: a negative amount and one that is not a number', async () => {
    expect((await addLine('-5', 'nb')).extensions.fields[0]).toMatchObject({ code: 'NOT_NEGATIVE', reason: 'kan ikke være negativ' });
    const notANumber = await addLine('abc', 'da');
    expect(notANumber.extensions.fields[0]).toMatchObject({ code: 'NOT_A_NUMBER', params: { got: '"abc"' } });
    expect(notANumber.extensions.fields[0].reason).toBe('skal være et tal som "1250000.00" (fik "abc")');
  });

  it('says the refusals of the HTTP routes in the language asked for as well', async () => {
    const response = await fetch(`${app.baseUrl}/exports/programmes/${world.programme.id}/portfolio.pdf?track=nope`, {
      headers: { authorization: `Bearer ${token}`, 'accept-language': 'da' },
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as Answer;
    expect(body.fields).toEqual([{ field: 'track', reason: 'skal være et UUID', code: 'MUST_BE_UUID', params: {} }]);
    expect(body.message).toBe('Ugyldige oplysninger: track skal være et UUID');
  });
});
