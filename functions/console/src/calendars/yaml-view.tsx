import { useRef } from 'preact/hooks';
import { useApp } from '../ui/app-context';
import { lineOfPath } from './document-paths';
import type { DraftState, DraftStore } from './draft-store';

function selectLine(area: HTMLTextAreaElement, line: number): void {
  const lines = area.value.split('\n');
  const start = lines.slice(0, line - 1).reduce((sum, text) => sum + text.length + 1, 0);
  area.focus();
  area.setSelectionRange(start, start + (lines[line - 1]?.length ?? 0));
  // Roughly scrolls the line into view: the textarea has no API for it.
  const lineHeight = area.scrollHeight / Math.max(lines.length, 1);
  area.scrollTop = Math.max(0, (line - 5) * lineHeight);
}

/** The whole document as text: what forms edit, with the last check's errors by line. */
export function YamlView({ store, state }: { store: DraftStore; state: DraftState }) {
  const { me } = useApp();
  const area = useRef<HTMLTextAreaElement>(null);
  const format = state.base?.format ?? 'yaml';
  const located = state.errors.map((error) => ({
    ...error,
    line: lineOfPath(state.text, error.path),
  }));
  return (
    <section aria-labelledby="yaml-title">
      <h2 id="yaml-title">The whole document ({format.toUpperCase()})</h2>
      {located.length > 0 ? (
        <div class="note error" role="alert" id="yaml-errors">
          <p>The last check refused the document; nothing was saved:</p>
          <ul>
            {located.map((error) => (
              <li key={error.path}>
                {error.line ? (
                  <button
                    type="button"
                    class="link"
                    onClick={() => area.current && selectLine(area.current, error.line!)}
                  >
                    line {error.line}
                  </button>
                ) : null}{' '}
                <code>{error.path}</code>: {error.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <label for="yaml-text" class="visually-hidden">
        Configuration document
      </label>
      <textarea
        id="yaml-text"
        ref={area}
        class="yaml"
        spellcheck={false}
        readOnly={!me.canWrite}
        aria-invalid={located.length > 0 ? 'true' : undefined}
        aria-describedby={located.length > 0 ? 'yaml-errors' : undefined}
        value={state.text}
        onInput={(event) => store.edit(event.currentTarget.value)}
      />
    </section>
  );
}
