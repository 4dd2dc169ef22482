import { pageCsp } from '../text/page-csp';
import { escapeHtml } from '../email/escape-html';
import { surveyLanguage, surveyTexts } from './survey-texts';

/** How long a comment may be; the form says so and a longer one is refused. */
export const MAX_SURVEY_COMMENT = 1000;

export type SurveyPageInput =
  /** GET: the question, the current answer selected if there is one. */
  | {
      readonly kind: 'form';
      readonly token: string;
      readonly language?: string;
      readonly score?: number;
      readonly comment?: string;
    }
  | {
      readonly kind: 'result';
      readonly result: 'recorded' | 'changed' | 'closed' | 'invalid' | 'bad-answer';
      readonly language?: string;
      /** What was wrong with the answer, for `bad-answer`. */
      readonly problem?: string;
    };

export interface SurveyPage {
  readonly statusCode: number;
  readonly html: string;
}

const STYLE =
  'body{font-family:Arial,Helvetica,sans-serif;max-width:36rem;margin:2rem auto;padding:0 1rem;color:#1f2328;line-height:1.5}' +
  'fieldset{border:0;padding:0;margin:0 0 1rem}legend{font-size:1.4rem;font-weight:bold;margin-bottom:.5rem}' +
  'label{display:block;padding:.35rem 0}textarea{width:100%;min-height:6rem;font:inherit}' +
  'button{font:inherit;padding:.5rem 1.5rem;margin-top:1rem;background:#0b5cad;color:#fff;border:0;border-radius:4px}' +
  'button:focus,input:focus,textarea:focus{outline:3px solid #f1b300}';

/** Only the page's own style; nothing runs, and the form may post only back here. */
export const SURVEY_PAGE_CSP = pageCsp(STYLE);

function page(language: string, title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="${escapeHtml(language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
${body}
</body>
</html>
`;
}

/**
 * The survey's page: a GET shows the question as a form that POSTs back (a mail scanner that
 * follows the link records nothing); a POST's result says whether the answer counted.
 */
export function surveyPage(input: SurveyPageInput): SurveyPage {
  const language = surveyLanguage(input.language);
  const texts = surveyTexts(language);
  if (input.kind === 'form') {
    const options = texts.scale
      .map((label, index) => {
        const score = index + 1;
        const checked = input.score === score ? ' checked' : '';
        return `<label><input type="radio" name="score" value="${score}" required${checked}> ${score} – ${escapeHtml(label)}</label>`;
      })
      .join('\n');
    const body = `<form method="post">
<fieldset>
<legend>${escapeHtml(texts.question)}</legend>
${options}
</fieldset>
<label for="comment">${escapeHtml(texts.comment)}</label>
<textarea id="comment" name="comment" maxlength="${MAX_SURVEY_COMMENT}">${escapeHtml(input.comment ?? '')}</textarea>
<input type="hidden" name="t" value="${escapeHtml(input.token)}">
<input type="hidden" name="lang" value="${escapeHtml(language)}">
<button type="submit">${escapeHtml(texts.send)}</button>
</form>`;
    return { statusCode: 200, html: page(language, texts.question, body) };
  }
  const [statusCode, message] = {
    recorded: [200, texts.thanks],
    changed: [200, texts.changed],
    closed: [410, texts.closed],
    invalid: [403, texts.invalid],
    'bad-answer': [400, input.problem ?? texts.invalid],
  }[input.result] as [number, string];
  return {
    statusCode,
    html: page(
      language,
      texts.question,
      `<h1>${escapeHtml(texts.question)}</h1>\n<p role="status">${escapeHtml(message)}</p>`,
    ),
  };
}

/** The answer a form carries: a score 1–5 and an optional comment of bounded length. */
export function readSurveyAnswer(
  form: URLSearchParams,
): { ok: true; score: number; comment?: string } | { ok: false; problem: string } {
  const scoreText = form.get('score') ?? '';
  const score = Number(scoreText);
  if (!/^[1-5]$/.test(scoreText) || !Number.isInteger(score)) {
    return { ok: false, problem: 'score: choose one of 1 to 5' };
  }
  const comment = (form.get('comment') ?? '').trim();
  if ([...comment].length > MAX_SURVEY_COMMENT) {
    return { ok: false, problem: `comment: at most ${MAX_SURVEY_COMMENT} characters` };
  }
  return { ok: true, score, ...(comment === '' ? {} : { comment }) };
}
