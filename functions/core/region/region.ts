export const REGIONS = ['NA', 'EU', 'APAC'] as const;

/** A follow-the-sun region: North America, Europe (with Africa and Western Asia), Asia-Pacific. */
export type Region = (typeof REGIONS)[number];

export function isRegion(value: string): value is Region {
  return (REGIONS as readonly string[]).includes(value);
}
