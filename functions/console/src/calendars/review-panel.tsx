import { diffLines } from 'diff';
import { useMemo } from 'preact/hooks';
import { useApp } from '../ui/app-context';
import type { DraftState, DraftStore } from './draft-store';

function TextDiff({ before, after }: { before: string; after: string }) {
  const parts = useMemo(() => diffLines(before, after), [before, after]);
  return (
    <pre class="text-diff" aria-label="Line changes">
      {parts.map((part, i) => {
        if (!part.added && !part.removed) {
          const lines = part.value.split('\n');
          // Unchanged stretches shrink to their edges so the changes stay in view.
          const shown =
            lines.length > 7
              ? [
                  ...lines.slice(0, 3),
                  `… ${lines.length - 6} unchanged lines …`,
                  ...lines.slice(-3),
                ]
              : lines;
          return (
            <span key={i} class="same">
              {shown.join('\n')}
            </span>
          );
        }
        const mark = part.added ? '+' : '-';
        return (
          <span key={i} class={part.added ? 'added' : 'removed'}>
            {part.value
              .replace(/\n$/, '')
              .split('\n')
              .map((line) => `${mark} ${line}`)
              .join('\n')}
            {'\n'}
          </span>
        );
      })}
    </pre>
  );
}

/** What applying the draft would change against the live version, and the apply itself. */
export function ReviewPanel({ store, state }: { store: DraftStore; state: DraftState }) {
  const { me } = useApp();
  const review = state.review;
  if (!review || review.text !== state.text) {
    return (
      <section aria-labelledby="review-title">
        <h2 id="review-title">Review</h2>
        <p>Check the draft to see what it would change.</p>
        <button
          type="button"
          onClick={() => void store.check()}
          disabled={state.busy !== undefined}
        >
          Check and show the changes
        </button>
      </section>
    );
  }
  const { result } = review;
  const against = result.version === null ? 'nothing stored yet' : `version ${result.version}`;
  return (
    <section aria-labelledby="review-title">
      <h2 id="review-title">Changes against {against}</h2>
      {result.changes.length === 0 ? (
        <p>
          {result.changed
            ? 'Only comments or layout differ: routing would not change.'
            : 'Nothing differs from the live version.'}
        </p>
      ) : (
        <ul class="changes">
          {result.changes.map((change, i) => (
            <li
              key={i}
              class={
                change.startsWith('+') ? 'added' : change.startsWith('-') ? 'removed' : 'changed'
              }
            >
              {change}
            </li>
          ))}
        </ul>
      )}
      <details>
        <summary>Line by line</summary>
        <TextDiff before={state.live?.text ?? ''} after={state.text} />
      </details>
      <div class="actions">
        {me.canWrite ? (
          <button
            type="button"
            class="primary"
            disabled={!result.changed || state.busy !== undefined}
            onClick={() => void store.apply()}
          >
            Apply as the next version
          </button>
        ) : (
          <p class="hint">Only support leads may apply changes.</p>
        )}
      </div>
    </section>
  );
}
