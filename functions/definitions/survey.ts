// The customer survey page as plain data shared by the CDK stack and the local stack.

export const SURVEY = {
  /** One path, GET and HEAD show the question, POST records the answer. */
  path: '/survey/{id}',
  methods: ['GET', 'HEAD', 'POST'] as const,
  /** A score, a comment of at most 1,000 characters (4 bytes each in UTF-8, escaped) and a token. */
  maxFormBytes: 16 * 1024,
  memoryMb: 256,
  timeoutSeconds: 10,
  service: 'sunroute-survey',
} as const;

export const SURVEY_ROUTE_KEYS: readonly string[] = SURVEY.methods.map(
  (method) => `${method} ${SURVEY.path}`,
);
