/**
 * A parsed JSON document that a test reads by path: a GraphQL answer, a Kubernetes manifest. Tests follow
 * the paths they assert on, and a wrong path fails the assertion when it runs; this one type opts those
 * reads out of the compiler's checks instead of a cast at each of some 540 calls.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the one place tests read untyped JSON, see above
export type Answer = Record<string, any>;
