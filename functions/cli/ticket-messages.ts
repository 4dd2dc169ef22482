import { parseTicket } from '../core/ticket/ticket-schema';
import { CliInputError } from './cli-input-error';

/** One SQS message to send: its body, and how the output names it. */
export interface TicketMessage {
  /** The ticket's id, else its place in the input (`#3`). */
  readonly label: string;
  readonly body: string;
}

interface Item {
  /** Where it came from, for error lines: `ticket t.json[2]`, `ticket t.json line 3`. */
  readonly where: string;
  readonly label: string;
  readonly text: string;
  readonly value: unknown;
  /** Why the item is not JSON, when it is not. */
  readonly notJson?: string;
}

function labelOf(value: unknown, position: number): string {
  const id = (value as { id?: unknown } | null)?.id;
  return typeof id === 'string' && id !== '' ? id : `#${position}`;
}

function tryJson(text: string): { value: unknown } | { error: string } {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

/**
 * The items of the input: one JSON document (a ticket, or an array of tickets), or else JSON
 * lines, one ticket per non-blank line.
 */
function itemsOf(text: string, source: string): Item[] {
  const whole = tryJson(text);
  if ('value' in whole) {
    if (!Array.isArray(whole.value)) {
      return [
        { where: source, label: labelOf(whole.value, 1), text: text.trim(), value: whole.value },
      ];
    }
    return whole.value.map((value: unknown, index) => ({
      where: `${source}[${index}]`,
      label: labelOf(value, index + 1),
      text: JSON.stringify(value),
      value,
    }));
  }
  const items: Item[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '') return;
    const parsed = tryJson(line);
    const value = 'value' in parsed ? parsed.value : undefined;
    items.push({
      where: `${source} line ${index + 1}`,
      label: labelOf(value, items.length + 1),
      text: line.trim(),
      value,
      ...('error' in parsed ? { notJson: parsed.error } : {}),
    });
  });
  return items;
}

/**
 * The messages `sunroute send` pushes for `text` (read from `source`). Each ticket is checked
 * against the ticket schema, and any problem refuses the whole input (one line per problem), so
 * nothing is half sent. With `raw`, bodies go out as they are — a way to show how the router
 * dead-letters a malformed message.
 */
export function ticketMessages(
  text: string,
  source: string,
  { raw = false }: { raw?: boolean } = {},
): TicketMessage[] {
  const where = `ticket ${source}`;
  const items = itemsOf(text, where);
  if (items.length === 0) throw new CliInputError(`${where}: no tickets in the input`);
  if (!raw) {
    const problems = items.flatMap((item) => {
      if (item.notJson !== undefined) return [`${item.where}: not valid JSON (${item.notJson})`];
      const parsed = parseTicket(item.value);
      return parsed.ok
        ? []
        : parsed.errors.map((error) => `${item.where}: ${error.path}: ${error.message}`);
    });
    if (problems.length > 0) throw new CliInputError(problems);
  }
  return items.map((item) => ({ label: item.label, body: item.text }));
}
