import { useEffect, useState } from 'preact/hooks';
import type { FieldError } from '../../../core/validation/field-error';
import type { AdminClient } from '../api/admin-client';
import type { ConfigDocument, DiffResult, SaveResult } from '../api/admin-types';
import { ApiError } from '../api/api-error';
import { rebaseDraft } from './rebase';

export interface DraftState {
  /** The live version as last read. */
  readonly live?: ConfigDocument;
  /** The version the draft was started from: its ETag goes out as If-Match. */
  readonly base?: ConfigDocument;
  /** The lead's working copy of the whole document. */
  readonly text: string;
  readonly loading: boolean;
  readonly loadError?: Error;
  /** The last successful check, valid while `text` is what was checked. */
  readonly review?: { readonly text: string; readonly result: DiffResult };
  /** Field errors of the last check or apply, by path. */
  readonly errors: readonly FieldError[];
  readonly busy?: 'checking' | 'applying' | 'rebasing' | 'rolling back';
  /** Another version was saved after the draft's base: applying would be refused (409). */
  readonly conflict?: { readonly message: string; readonly liveVersion?: number };
  /** The outcome of the last apply or rollback. */
  readonly saved?: SaveResult;
  readonly message?: { readonly kind: 'error' | 'info'; readonly text: string };
}

interface Persisted {
  readonly base: ConfigDocument;
  readonly text: string;
}

const versionOf = (etag: string | undefined) => {
  const match = /"v(\d+)"/.exec(etag ?? '');
  return match ? Number(match[1]) : undefined;
};

/**
 * The Calendars page's working copy: the live document, the lead's edits to it (kept in
 * localStorage, so a reload, a crash or a conflict loses nothing typed), the check that shows the
 * diff and the errors, and the apply with If-Match. Forms and the YAML view both edit `text`.
 */
export class DraftStore {
  private state: DraftState = { text: '', loading: true, errors: [] };
  private readonly listeners = new Set<(state: DraftState) => void>();

  constructor(
    private readonly api: AdminClient,
    private readonly storageKey: string,
  ) {}

  get current(): DraftState {
    return this.state;
  }

  subscribe(listener: (state: DraftState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private set(patch: Partial<DraftState>): void {
    this.state = { ...this.state, ...patch };
    const { base, text } = this.state;
    if (base && text !== base.text) {
      localStorage.setItem(this.storageKey, JSON.stringify({ base, text } satisfies Persisted));
    } else {
      localStorage.removeItem(this.storageKey);
    }
    for (const listener of this.listeners) listener(this.state);
  }

  /** Whether the working copy differs from the version it started from. */
  get edited(): boolean {
    return this.state.base !== undefined && this.state.text !== this.state.base.text;
  }

  async load(): Promise<void> {
    this.set({ loading: true });
    let live: ConfigDocument | undefined;
    try {
      live = await this.api.config();
    } catch (error) {
      if (!(error instanceof ApiError && error.status === 404)) {
        this.set({ loading: false, loadError: error as Error });
        return;
      }
    }
    const saved = localStorage.getItem(this.storageKey);
    const persisted = saved ? (JSON.parse(saved) as Persisted) : undefined;
    if (persisted && live) {
      this.set({
        live,
        base: persisted.base,
        text: persisted.text,
        loading: false,
        message: { kind: 'info', text: 'Your unsaved edits from before were kept.' },
        ...(persisted.base.version === live.version
          ? {}
          : {
              conflict: {
                message: `Your edits started from version ${persisted.base.version}; version ${live.version} has been saved since.`,
                liveVersion: live.version,
              },
            }),
      });
      return;
    }
    this.set({
      ...(live ? { live, base: live } : {}),
      text: live?.text ?? '',
      loading: false,
    });
  }

  edit(text: string): void {
    this.set({
      text,
      saved: undefined,
      ...(this.state.review && this.state.review.text !== text ? { review: undefined } : {}),
    });
  }

  /** Forgets the field errors of one path (the lead just changed that field). */
  clearError(path: string): void {
    if (this.state.errors.some((error) => error.path === path)) {
      this.set({ errors: this.state.errors.filter((error) => error.path !== path) });
    }
  }

  /** Validates the working copy and lists what it would change against the live version. */
  async check(): Promise<boolean> {
    const { base, text } = this.state;
    this.set({ busy: 'checking', message: undefined });
    try {
      const response = await this.api.send('POST', '/config/diff', {
        text,
        contentType: base?.format === 'json' ? 'application/json' : 'application/yaml',
      });
      const result = (await response.json()) as DiffResult;
      const liveVersion = result.version ?? undefined;
      this.set({
        busy: undefined,
        review: { text, result },
        errors: [],
        conflict:
          base && liveVersion !== undefined && liveVersion !== base.version
            ? {
                message: `Version ${liveVersion} was saved after you started from version ${base.version}: the changes below are against version ${liveVersion}, and applying as it is would be refused.`,
                liveVersion,
              }
            : undefined,
      });
      return true;
    } catch (error) {
      this.fail(error);
      return false;
    }
  }

  /** Saves the checked working copy as the next version, only if its base is still current. */
  async apply(): Promise<void> {
    const { base, text, review } = this.state;
    if (!review || review.text !== text) return;
    this.set({ busy: 'applying', message: undefined });
    try {
      const saved = await this.api.document<SaveResult>(
        'PUT',
        '/config',
        text,
        base?.format ?? 'yaml',
        base?.etag,
      );
      const live = await this.api.config();
      this.set({
        busy: undefined,
        live,
        base: live,
        text: live.text,
        review: undefined,
        conflict: undefined,
        errors: [],
        saved,
      });
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        const liveVersion = versionOf(error.etag);
        this.set({
          busy: undefined,
          conflict: {
            message: `Not saved: ${error.message}. Your edits are kept.`,
            ...(liveVersion === undefined ? {} : { liveVersion }),
          },
        });
        return;
      }
      this.fail(error);
    }
  }

  /** Carries the edits onto the live version (see rebaseDraft) and makes it the new base. */
  async rebase(): Promise<void> {
    const { base, text } = this.state;
    if (!base) return;
    this.set({ busy: 'rebasing', message: undefined });
    try {
      const live = await this.api.config();
      const rebased = rebaseDraft(base.text, text, live.text, live.format);
      this.set({
        busy: undefined,
        live,
        base: live,
        text: rebased.text,
        review: undefined,
        conflict: undefined,
        errors: [],
        message: {
          kind: 'info',
          text:
            `Your edits now start from version ${live.version}.` +
            (rebased.conflicts.length > 0
              ? ` Changed there too, kept as you edited them: ${rebased.conflicts.join(', ')}. Check them in the review.`
              : ''),
        },
      });
    } catch (error) {
      this.fail(error);
    }
  }

  /** Drops the edits and starts again from the live version. */
  async discard(): Promise<void> {
    localStorage.removeItem(this.storageKey);
    this.state = { text: '', loading: true, errors: [] };
    await this.load();
  }

  /** Saves version `version`'s document again as the next version. */
  async rollback(version: number): Promise<void> {
    this.set({ busy: 'rolling back', message: undefined });
    try {
      const saved = await this.api.json<SaveResult>('POST', '/config/rollback', {
        json: { version },
        ...(this.state.live ? { ifMatch: this.state.live.etag } : {}),
      });
      const live = await this.api.config();
      this.set({ busy: undefined, live, base: live, text: live.text, review: undefined, saved });
    } catch (error) {
      this.fail(error);
    }
  }

  private fail(error: unknown): void {
    const failure = error as Error;
    this.set({
      busy: undefined,
      errors: failure instanceof ApiError ? failure.errors : [],
      message: { kind: 'error', text: failure.message },
    });
  }
}

export function useDraft(store: DraftStore): DraftState {
  const [state, setState] = useState(store.current);
  useEffect(() => {
    setState(store.current);
    return store.subscribe(setState);
  }, [store]);
  return state;
}
