import type { FieldError } from '../../../core/validation/field-error';
import type { Session } from '../auth/session';
import { ApiError } from './api-error';
import type { ConfigDocument, ConfigFormat } from './admin-types';

export interface RequestOptions {
  readonly query?: Readonly<Record<string, string | undefined>>;
  /** A JSON value, or text sent with `contentType`. */
  readonly json?: unknown;
  readonly text?: string;
  readonly contentType?: string;
  readonly ifMatch?: string;
}

const MEDIA_TYPES: Record<ConfigFormat, string> = {
  yaml: 'application/yaml',
  json: 'application/json',
};

/**
 * The admin API over fetch, with the session's bearer token. Every answer other than 2xx becomes
 * an ApiError carrying the API's message and field errors; a 401 also tells `onSignedOut`, since
 * the token expired or the local stack was restarted with new tokens.
 */
export class AdminClient {
  constructor(
    readonly baseUrl: URL,
    private readonly session: Session,
    private readonly onSignedOut: () => void,
  ) {}

  async send(method: string, path: string, options: RequestOptions = {}): Promise<Response> {
    const url = new URL(path.replace(/^\//, ''), this.baseUrl);
    for (const [name, value] of Object.entries(options.query ?? {})) {
      if (value !== undefined && value !== '') url.searchParams.set(name, value);
    }
    const token = await this.session.token();
    const headers: Record<string, string> = {};
    if (token) headers.authorization = `Bearer ${token}`;
    if (options.ifMatch) headers['if-match'] = options.ifMatch;
    let body: string | undefined;
    if (options.json !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(options.json);
    } else if (options.text !== undefined) {
      headers['content-type'] = options.contentType ?? 'text/plain';
      body = options.text;
    }
    const response = await fetch(url, { method, headers, ...(body === undefined ? {} : { body }) });
    if (response.ok) return response;
    if (response.status === 401) this.onSignedOut();
    let message = `${response.status} ${response.statusText}`;
    let errors: FieldError[] = [];
    try {
      const answer = (await response.json()) as { message?: string; errors?: FieldError[] };
      if (answer.message) message = answer.message;
      errors = answer.errors ?? [];
    } catch {
      // Not JSON (a gateway's own page): the status line says enough.
    }
    throw new ApiError(response.status, message, errors, response.headers.get('etag') ?? undefined);
  }

  async json<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
    return (await (await this.send(method, path, options)).json()) as T;
  }

  get<T>(path: string, query?: RequestOptions['query']): Promise<T> {
    return this.json<T>('GET', path, query ? { query } : {});
  }

  /** The live document as written, or a version's when `version` is given. */
  async config(version?: number): Promise<ConfigDocument> {
    const response = await this.send('GET', version ? `/config/versions/${version}` : '/config');
    const type = response.headers.get('content-type') ?? '';
    const number = Number(response.headers.get('x-config-version'));
    const savedBy = response.headers.get('x-config-saved-by');
    const savedAt = response.headers.get('x-config-saved-at');
    return {
      text: await response.text(),
      format: type.includes('json') ? 'json' : 'yaml',
      version: number,
      etag: response.headers.get('etag') ?? `"v${number}"`,
      ...(savedBy ? { savedBy } : {}),
      ...(savedAt ? { savedAt } : {}),
    };
  }

  /** Sends a whole document in its format. */
  document<T>(method: string, path: string, text: string, format: ConfigFormat, ifMatch?: string) {
    return this.json<T>(method, path, {
      text,
      contentType: MEDIA_TYPES[format],
      ...(ifMatch ? { ifMatch } : {}),
    });
  }
}
