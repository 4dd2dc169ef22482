import { BoundedCache } from '../calendar/bounded-cache';
import { localeLanguage } from '../language/language-code';

// A formatter loads its locale's and zone's ICU data when built; a router answers the same few
// languages and zones all day.
const formatters = new BoundedCache<string, Intl.DateTimeFormat>(256);

/**
 * The locale dates are written in: the customer's own (`en-US`, `pt-BR`) when it is in the
 * language of the texts, else the texts' locale.
 */
export function readerLocale(textsLocale: string, customerLocale: string | undefined): string {
  if (customerLocale === undefined) return textsLocale;
  const tag = customerLocale.replace(/_/g, '-');
  return localeLanguage(tag) === localeLanguage(textsLocale) ? tag : textsLocale;
}

/**
 * `Monday, 28 December at 09:00 Central European Time`: the instant on the wall clock of `zone`,
 * in the reader's words, with the zone named, since the reader may live by another clock.
 */
export function formatReplyBy(ms: number, zone: string, locale: string): string {
  return formatters
    .getOrCreate(
      `${locale} ${zone}`,
      () =>
        new Intl.DateTimeFormat(locale, {
          timeZone: zone,
          weekday: 'long',
          day: 'numeric',
          month: 'long',
          hour: 'numeric',
          minute: '2-digit',
          timeZoneName: 'longGeneric',
        }),
    )
    .format(ms);
}
