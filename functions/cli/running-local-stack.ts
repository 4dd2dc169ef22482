import {
  LOCAL_STACK_FILE,
  LocalStackNotRunningError,
  readLocalStackNote,
  type LocalStackNote,
} from '../definitions/local-stack-note';
import { CliInputError } from './cli-input-error';

/**
 * The stack `npm start` runs, which commands fall back on when no table or queue is named;
 * undefined when none runs. An unreadable note is bad input, named by its path.
 */
export function runningLocalStack(): LocalStackNote | undefined {
  try {
    return readLocalStackNote();
  } catch (error) {
    if (error instanceof LocalStackNotRunningError) return undefined;
    throw new CliInputError(`${LOCAL_STACK_FILE}: ${(error as Error).message}`);
  }
}
