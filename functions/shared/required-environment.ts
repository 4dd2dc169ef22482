import { MissingEnvironmentError } from './missing-environment-error';

export type Environment = Readonly<Record<string, string | undefined>>;

/** Reads a variable the stack always sets for `reader`; an empty one counts as missing. */
export function requiredEnvironment(env: Environment, reader: string): (name: string) => string {
  return (name) => {
    const value = env[name];
    if (!value) throw new MissingEnvironmentError(name, reader);
    return value;
  };
}
