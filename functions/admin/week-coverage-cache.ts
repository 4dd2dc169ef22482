import type { AdminResponse } from './admin-response';

/** Weeks × zones kept: a few leads paging a few weeks either side in their zones. */
export const WEEK_COVERAGE_CACHE_SIZE = 32;

/**
 * `GET /coverage/week` answers of the live configuration version, by week and zone. An answer is
 * a pure function of the version's calendars, the holiday data and the week, so it is computed
 * once per version, week and zone (expanding every calendar 14 days either side of the week is
 * most of a request's time) and kept until a new version is seen, which empties the cache; at
 * most `size` answers, the least recently asked for dropped first.
 */
export class WeekCoverageCache {
  #version: number | undefined;
  readonly #answers = new Map<string, AdminResponse>();

  constructor(readonly size = WEEK_COVERAGE_CACHE_SIZE) {}

  /** The answer for `key` in `version`, computed by `compute` unless already kept. */
  async answer(
    version: number,
    key: string,
    compute: () => Promise<AdminResponse>,
  ): Promise<AdminResponse> {
    if (version !== this.#version) {
      this.#answers.clear();
      this.#version = version;
    }
    const kept = this.#answers.get(key);
    if (kept) {
      // A Map iterates in insertion order: re-inserting marks it the most recently used.
      this.#answers.delete(key);
      this.#answers.set(key, kept);
      return kept;
    }
    const answer = await compute();
    // Another version may have been seen while this one was computed: keep only current ones.
    if (version === this.#version) {
      this.#answers.set(key, answer);
      if (this.#answers.size > this.size) {
        this.#answers.delete(this.#answers.keys().next().value!);
      }
    }
    return answer;
  }

  get cached(): number {
    return this.#answers.size;
  }
}
