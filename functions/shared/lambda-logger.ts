import { Logger } from '@aws-lambda-powertools/logger';
import {
  besideFileSourceMaps,
  sourceMappedStack,
  type SourceMapLoader,
} from './source-mapped-stack';

// As on an Error: not enumerable, so the own fields Powertools spreads stay the error's own.
const hidden = (value: unknown) => ({
  value,
  enumerable: false,
  writable: true,
  configurable: true,
});

/**
 * Logged errors keep their name, message, own fields and cause, with a stack pointing at the
 * TypeScript sources instead of the minified bundle (a JSON replacer runs before Powertools
 * formats the error).
 */
export function sourceMappedErrors(loadMap: SourceMapLoader = besideFileSourceMaps) {
  const mapped = (error: Error): Error => {
    const copy = Object.assign(
      Object.create(Object.getPrototypeOf(error) as object) as Error,
      error,
    );
    Object.defineProperties(copy, {
      name: hidden(error.name),
      message: hidden(error.message),
      stack: hidden(
        error.stack === undefined ? undefined : sourceMappedStack(error.stack, loadMap),
      ),
      ...('cause' in error
        ? { cause: hidden(error.cause instanceof Error ? mapped(error.cause) : error.cause) }
        : {}),
    });
    return copy;
  };
  return (_key: string, value: unknown): unknown =>
    value instanceof Error ? mapped(value) : value;
}

/** The Powertools logger every Lambda handler of sunroute logs with. */
export function lambdaLogger(): Logger {
  return new Logger({ jsonReplacerFn: sourceMappedErrors() });
}
