import type { Region } from './region';

// Languages spoken natively in one region only (docs/routing.md). English, Spanish, Portuguese,
// Arabic, Russian and the like are spoken across regions and imply nothing.
const LANGUAGE_REGIONS: ReadonlyMap<string, Region> = new Map([
  ...['ja', 'ko', 'zh', 'th', 'vi', 'id', 'ms', 'hi'].map((code) => [code, 'APAC'] as const),
  ...[
    'de',
    'fr',
    'it',
    'nl',
    'pl',
    'cs',
    'sk',
    'sl',
    'hr',
    'hu',
    'ro',
    'bg',
    'el',
    'sv',
    'da',
    'fi',
    'no',
    'et',
    'lv',
    'lt',
  ].map((code) => [code, 'EU'] as const),
]);

/** The one region an ISO 639-1 language code points to, or `undefined` when it points to none. */
export function languageRegion(languageCode: string): Region | undefined {
  return LANGUAGE_REGIONS.get(languageCode);
}
