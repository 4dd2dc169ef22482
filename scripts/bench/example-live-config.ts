// The example company's configuration as a router container holds it after reading version 1,
// for benches that run the router's code without the configuration table.
import { readFileSync } from 'node:fs';
import { parseConfig } from '../../functions/core/config/parse-config';
import { dateHolidaysCalendar } from '../../functions/core/holidays/date-holidays-calendar';
import { compileConfig } from '../../functions/core/routing/compiled-config';
import type { LiveConfig } from '../../functions/shared/config-cache';

export function exampleLiveConfig(): LiveConfig {
  const parsed = parseConfig(readFileSync('examples/sunroute.yaml', 'utf8'), {
    holidays: dateHolidaysCalendar,
  });
  if (!parsed.ok) throw new Error(`example config is invalid: ${JSON.stringify(parsed.errors)}`);
  return {
    version: 1,
    config: parsed.config,
    compiled: compileConfig(parsed.config, dateHolidaysCalendar),
  };
}
