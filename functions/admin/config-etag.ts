import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { AdminHttpError, invalidInput } from './admin-http-error';

/** The configuration's entity tag: its version, which changes with every save. */
export function configEtag(version: number): string {
  return `"v${version}"`;
}

const TAG = /^(?:W\/)?"v(\d+)"$/;

/**
 * The version a write is based on, from its If-Match (`"v7"`, a list, or `*` for whatever is
 * current). Without a stored configuration none is needed: there is nothing to overwrite. With
 * one, a write without If-Match is refused (428), and one naming another version is stale (409).
 */
export function basedOnVersion(
  event: APIGatewayProxyEventV2,
  current: number | undefined,
): number | undefined {
  const header = event.headers['if-match'];
  if (header === undefined || header.trim() === '') {
    if (current === undefined) return undefined;
    throw new AdminHttpError(
      428,
      `If-Match is required: send the ETag of the configuration you edited (${configEtag(current)} is current)`,
      [],
      { etag: configEtag(current) },
    );
  }
  if (header.trim() === '*') return current;
  const versions = header.split(',').map((tag) => TAG.exec(tag.trim()));
  if (versions.some((match) => match === null)) {
    throw invalidInput([
      {
        path: 'headers.if-match',
        message: `"${header}" is not an ETag like "v7", a list of them, or *`,
      },
    ]);
  }
  if (current !== undefined && versions.some((match) => Number(match![1]) === current)) {
    return current;
  }
  throw new AdminHttpError(
    409,
    current === undefined
      ? 'If-Match names a version, but no configuration is stored yet'
      : `If-Match ${header} is stale: version ${current} is current; read it again and reapply your change`,
    [],
    current === undefined ? {} : { etag: configEtag(current) },
  );
}
