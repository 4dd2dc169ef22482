import { describe, expect, it } from 'vitest';
import { validateConfig } from '../../../../functions/core/config/validate-config';
import { dateHolidaysCalendar } from '../../../../functions/core/holidays/date-holidays-calendar';
import { documentWith } from './config-fixtures';

function errorsOf(autoReply: unknown) {
  const result = validateConfig(documentWith({ autoReply }), dateHolidaysCalendar);
  return result.ok ? [] : result.errors.map((error) => `${error.path}: ${error.message}`);
}

describe('autoReply in the configuration', () => {
  it('is optional, off unless turned on, and takes a sender, a brand and texts per language', () => {
    const result = validateConfig(
      documentWith({
        autoReply: {
          from: 'support@parcelwise.example',
          brandName: 'Parcelwise',
          texts: { de: { replyBy: 'Antwort spätestens {replyBy}.' } },
        },
      }),
      dateHolidaysCalendar,
    );
    expect(result.ok && result.config.autoReply).toEqual({
      enabled: false,
      from: 'support@parcelwise.example',
      brandName: 'Parcelwise',
      texts: { de: { replyBy: 'Antwort spätestens {replyBy}.' } },
    });
    const without = validateConfig(documentWith(), dateHolidaysCalendar);
    expect(without.ok && without.config.autoReply).toBeUndefined();
  });

  it('names the path of every mistake in the texts, the sender and the languages', () => {
    expect(
      errorsOf({
        enabled: 'yes',
        from: 'support at parcelwise',
        texts: {
          de: { replyBy: 'bis {wann}', greeting: 'Hallo', footr: 'x' },
          xx: { footer: 'Bye' },
          fr: { holiday: '' },
        },
      }),
    ).toEqual([
      'autoReply.enabled: must be true or false, not "yes"',
      'autoReply.from: "support at parcelwise" is not an email address',
      'autoReply.texts.de.greeting: must contain {name}',
      'autoReply.texts.de.replyBy: uses {wann}, which this text does not know (placeholders: {replyBy})',
      'autoReply.texts.de.footr: is not a known field',
      'autoReply.texts.fr.holiday: must not be empty',
      'autoReply.texts.fr.holiday: must contain {holiday}',
      'autoReply.texts.xx: "xx" is not an ISO 639-1 language code',
    ]);
  });
});
