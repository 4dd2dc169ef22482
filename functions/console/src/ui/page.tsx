import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { ApiError } from '../api/api-error';

/**
 * The page's heading, focused when the page opens so that keyboard and screen-reader users land
 * on the new page rather than on the link they followed.
 */
export function PageTitle({ children }: { children: ComponentChildren }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <h1 tabIndex={-1} ref={heading}>
      {children}
    </h1>
  );
}

export function ErrorNote({ error }: { error: Error }) {
  return (
    <div class="note error" role="alert">
      <p>{error.message}</p>
      {error instanceof ApiError && error.errors.length > 0 ? (
        <ul>
          {error.errors.map((field) => (
            <li key={field.path}>
              <code>{field.path}</code>: {field.message}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
