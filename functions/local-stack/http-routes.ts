// Route keys as an API Gateway HTTP API reads them (`GET /teams/{id}`, `ANY /files/{path+}`,
// `$default`) and its choice among several that match: the most specific path wins, literal
// segments before variables before a greedy variable, then a named method before ANY, and
// `$default` only when nothing else matches.

export const DEFAULT_ROUTE = '$default';

const METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS', 'ANY']);

type Segment =
  | { readonly kind: 'literal'; readonly text: string }
  | { readonly kind: 'variable'; readonly name: string }
  | { readonly kind: 'greedy'; readonly name: string };

export interface ParsedRoute {
  readonly key: string;
  readonly method: string;
  readonly segments: readonly Segment[];
}

export interface RouteMatch {
  readonly routeKey: string;
  readonly pathParameters?: Record<string, string>;
}

export class RouteKeyError extends Error {
  override readonly name = 'RouteKeyError';
}

function parseSegment(text: string, isLast: boolean, key: string): Segment {
  const variable = /^\{([A-Za-z0-9_.:-]+)(\+?)\}$/.exec(text);
  if (!variable) {
    if (/[{}]/.test(text))
      throw new RouteKeyError(`route "${key}": "${text}" is not a path variable`);
    return { kind: 'literal', text };
  }
  const [, name, plus] = variable;
  if (!plus) return { kind: 'variable', name: name! };
  if (!isLast)
    throw new RouteKeyError(`route "${key}": a greedy variable must be the last segment`);
  return { kind: 'greedy', name: name! };
}

export function parseRouteKey(key: string): ParsedRoute {
  const match = /^([A-Z]+) (\/\S*)$/.exec(key);
  if (!match || !METHODS.has(match[1]!)) {
    throw new RouteKeyError(
      `route "${key}" is not "METHOD /path" (methods: ${[...METHODS].join(', ')}) or ${DEFAULT_ROUTE}`,
    );
  }
  const parts = match[2]!.split('/').slice(1);
  const segments = match[2] === '/' ? [] : parts;
  return {
    key,
    method: match[1]!,
    segments: segments.map((text, index) => parseSegment(text, index === segments.length - 1, key)),
  };
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Path parameters when `route` matches the raw path's segments, else undefined. */
function matchSegments(
  route: ParsedRoute,
  pathSegments: readonly string[],
): Record<string, string> | undefined {
  const parameters: Record<string, string> = {};
  for (const [index, segment] of route.segments.entries()) {
    if (segment.kind === 'greedy') {
      const rest = pathSegments.slice(index);
      if (rest.length === 0 || rest.join('') === '') return undefined;
      parameters[segment.name] = decode(rest.join('/'));
      return parameters;
    }
    const text = pathSegments[index];
    if (text === undefined) return undefined;
    if (segment.kind === 'literal' && segment.text !== text) return undefined;
    if (segment.kind === 'variable') {
      if (text === '') return undefined;
      parameters[segment.name] = decode(text);
    }
  }
  return pathSegments.length === route.segments.length ? parameters : undefined;
}

const SEGMENT_RANK = { literal: 0, variable: 1, greedy: 2 } as const;

/** Negative when `a` is more specific than `b`. */
function compareSpecificity(a: ParsedRoute, b: ParsedRoute): number {
  const length = Math.max(a.segments.length, b.segments.length);
  for (let index = 0; index < length; index++) {
    const rankA = a.segments[index] ? SEGMENT_RANK[a.segments[index]!.kind] : -1;
    const rankB = b.segments[index] ? SEGMENT_RANK[b.segments[index]!.kind] : -1;
    if (rankA !== rankB) return rankA - rankB;
  }
  return Number(a.method === 'ANY') - Number(b.method === 'ANY');
}

/** The route table, checked once: every key parses, and no two keys can claim the same requests. */
export class RouteTable {
  private readonly routes: readonly ParsedRoute[];
  readonly hasDefault: boolean;

  constructor(keys: readonly string[]) {
    this.hasDefault = keys.includes(DEFAULT_ROUTE);
    const routes = keys.filter((key) => key !== DEFAULT_ROUTE).map(parseRouteKey);
    const shapes = new Map<string, string>();
    for (const route of routes) {
      // `/teams/{id}` and `/teams/{teamId}` are the same route to API Gateway, which refuses both.
      const shape = `${route.method} /${route.segments.map((s) => (s.kind === 'literal' ? s.text : s.kind)).join('/')}`;
      const earlier = shapes.get(shape);
      if (earlier) throw new RouteKeyError(`routes "${earlier}" and "${route.key}" conflict`);
      shapes.set(shape, route.key);
    }
    this.routes = [...routes].sort(compareSpecificity);
  }

  /** The route a request goes to, or undefined (API Gateway's 404) when none and no $default. */
  match(method: string, rawPath: string): RouteMatch | undefined {
    const pathSegments = rawPath === '/' ? [] : rawPath.split('/').slice(1);
    for (const route of this.routes) {
      if (route.method !== 'ANY' && route.method !== method) continue;
      const parameters = matchSegments(route, pathSegments);
      if (parameters) {
        return Object.keys(parameters).length > 0
          ? { routeKey: route.key, pathParameters: parameters }
          : { routeKey: route.key };
      }
    }
    return this.hasDefault ? { routeKey: DEFAULT_ROUTE } : undefined;
  }
}
