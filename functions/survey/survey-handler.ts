import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import {
  readSurveyAnswer,
  SURVEY_PAGE_CSP,
  surveyPage,
  type SurveyPage,
} from '../core/reports/survey-page';
import { checkSurveyToken } from '../core/reports/survey-token';
import { SURVEY } from '../definitions/survey';
import type { SurveyDependencies } from './dependencies';

const FORM_TYPE = 'application/x-www-form-urlencoded';

function readForm(event: APIGatewayProxyEventV2): URLSearchParams | undefined {
  const body = event.body ?? '';
  if (body.length > Math.ceil(SURVEY.maxFormBytes / 3) * 4) return undefined;
  const bytes = Buffer.from(body, event.isBase64Encoded ? 'base64' : 'utf8');
  if (bytes.length > SURVEY.maxFormBytes) return undefined;
  const type = event.headers['content-type']?.split(';')[0]?.trim().toLowerCase();
  return type === FORM_TYPE ? new URLSearchParams(bytes.toString('utf8')) : undefined;
}

/** A form posted from another site is refused even with a valid token (Fetch Metadata). */
function crossSite(event: APIGatewayProxyEventV2): boolean {
  const site = event.headers['sec-fetch-site']?.toLowerCase();
  return site === 'cross-site' || site === 'same-site';
}

async function answer(
  deps: SurveyDependencies,
  event: APIGatewayProxyEventV2,
  method: string,
): Promise<SurveyPage> {
  const ticketId = event.pathParameters?.id ?? '';
  const query = event.queryStringParameters ?? {};
  const form = method === 'POST' && !crossSite(event) ? readForm(event) : undefined;
  const language = form?.get('lang') ?? query.lang;
  const lang = language === undefined ? {} : { language };
  if (method === 'POST' && !form) return surveyPage({ kind: 'result', result: 'invalid', ...lang });
  const token = (method === 'POST' ? form?.get('t') : query.t) ?? '';
  const now = deps.clock();
  // The token is checked before the table is read: a forged link learns nothing.
  const check = checkSurveyToken(await deps.secret(), ticketId, token, now);
  if (!check.ok) {
    return surveyPage({
      kind: 'result',
      result: check.reason === 'closed' ? 'closed' : 'invalid',
      ...lang,
    });
  }
  if (method !== 'POST') {
    const stored = await deps.surveys.read(ticketId);
    if (!stored) return surveyPage({ kind: 'result', result: 'invalid', ...lang });
    return surveyPage({
      kind: 'form',
      token,
      ...lang,
      ...(stored.score === undefined ? {} : { score: stored.score }),
      ...(stored.comment === undefined ? {} : { comment: stored.comment }),
    });
  }
  const given = readSurveyAnswer(form!);
  if (!given.ok) {
    return surveyPage({ kind: 'result', result: 'bad-answer', problem: given.problem, ...lang });
  }
  const outcome = await deps.surveys.answer(
    ticketId,
    { score: given.score, ...(given.comment === undefined ? {} : { comment: given.comment }) },
    now,
  );
  deps.logger.info('survey answered', { ticketId, outcome });
  return surveyPage({
    kind: 'result',
    result: outcome === 'missing' ? 'invalid' : outcome,
    ...lang,
  });
}

/**
 * The survey page (docs/reports.md): GET and HEAD show the question (what a mail scanner
 * fetches records nothing); the form's POST records the answer, or replaces it while the survey
 * is open (seven days from the resolution).
 */
export function createSurveyHandler(deps: SurveyDependencies) {
  return middy(
    async (event: APIGatewayProxyEventV2): Promise<APIGatewayProxyStructuredResultV2> => {
      const method = event.requestContext.http.method.toUpperCase();
      const page = await answer(deps, event, method);
      return {
        statusCode: page.statusCode,
        headers: {
          'content-type': 'text/html; charset=utf-8',
          'cache-control': 'no-store',
          'content-security-policy': SURVEY_PAGE_CSP,
          'referrer-policy': 'no-referrer',
          'x-content-type-options': 'nosniff',
          'x-frame-options': 'DENY',
          'x-robots-tag': 'noindex, nofollow',
        },
        body: method === 'HEAD' ? '' : page.html,
      };
    },
  ).use(injectLambdaContext(deps.logger, { resetKeys: true }));
}

export type SurveyHandler = ReturnType<typeof createSurveyHandler>;
