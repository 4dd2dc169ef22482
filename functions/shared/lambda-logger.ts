import { Logger } from '@aws-lambda-powertools/logger';
import {
  besideFileSourceMaps,
  sourceMappedStack,
  type SourceMapLoader,
} from './source-mapped-stack';

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
      name: { value: error.name, enumerable: false, writable: true, configurable: true },
      message: { value: error.message, enumerable: false, writable: true, configurable: true },
      stack: {
        value: error.stack === undefined ? undefined : sourceMappedStack(error.stack, loadMap),
        enumerable: false,
        writable: true,
        configurable: true,
      },
    });
    if ('cause' in error) {
      const cause = error.cause instanceof Error ? mapped(error.cause) : error.cause;
      Object.defineProperty(copy, 'cause', { value: cause, writable: true, configurable: true });
    }
    return copy;
  };
  return (_key: string, value: unknown): unknown =>
    value instanceof Error ? mapped(value) : value;
}

/** The Powertools logger every Lambda handler of sunroute logs with. */
export function lambdaLogger(): Logger {
  return new Logger({ jsonReplacerFn: sourceMappedErrors() });
}
