import { describe, expect, it } from 'vitest';
import {
  ConfigValidationError,
  configOrThrow,
} from '../../../../functions/core/config/config-validation-error';
import { validateConfig } from '../../../../functions/core/config/validate-config';
import { documentWith, team } from './config-fixtures';
import { dateHolidaysCalendar } from '../../../../functions/core/holidays/date-holidays-calendar';

describe('configOrThrow', () => {
  it('returns the config of a valid document', () => {
    expect(configOrThrow(validateConfig(documentWith(), dateHolidaysCalendar)).teams[0]?.id).toBe(
      'berlin',
    );
  });

  it('throws a ConfigValidationError carrying every problem, one line each in the message', () => {
    const result = validateConfig(
      documentWith({ defaultRegion: 'LATAM', teams: [team({ timeZone: 'Mars/Olympus' })] }),
      dateHolidaysCalendar,
    );
    let thrown: unknown;
    try {
      configOrThrow(result);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ConfigValidationError);
    const error = thrown as ConfigValidationError;
    expect(error.errors).toEqual([
      { path: 'defaultRegion', message: '"LATAM" is not one of NA, EU, APAC' },
      { path: 'teams[0].timeZone', message: '"Mars/Olympus" is not an IANA time zone' },
    ]);
    expect(error.message).toBe(
      'configuration refused, 2 problems:\n' +
        'defaultRegion: "LATAM" is not one of NA, EU, APAC\n' +
        'teams[0].timeZone: "Mars/Olympus" is not an IANA time zone',
    );
  });
});
