import { describe, expect, it } from 'vitest';
import { countryOfPhone } from '../../../../functions/core/region/country-of-phone';

describe('countryOfPhone', () => {
  it.each([
    ['+4930123456', 'DE'],
    ['+49 30 123456', 'DE'],
    ['+1 (212) 736-5000', 'US'],
    ['+33.1.42.76.40.40', 'FR'],
    ['+81 3-3224-9999', 'JP'],
    ['  +44 20 7946 0958  ', 'GB'],
    ['0049 30 123456', 'DE'],
    ['0081 3 3224 9999', 'JP'],
    ['tel:+49-30-123456', 'DE'],
    ['+49 (0) 30 123456', 'DE'],
  ])('reads %j in international form as %s', (phone, country) => {
    expect(countryOfPhone(phone)).toBe(country);
  });

  it.each([
    ['+1 212 736 5000', 'US'],
    ['+1 650 253 0000', 'US'],
    ['+1 416 392 2489', 'CA'],
    ['+1 604 873 7000', 'CA'],
    ['+1 876 922 0620', 'JM'],
    ['+1 242 322 7500', 'BS'],
    ['+1 787 721 7000', 'PR'],
    ['+1 809 686 1800', 'DO'],
    ['+7 495 123 45 67', 'RU'],
    ['+7 916 123 45 67', 'RU'],
    ['+7 727 258 00 00', 'KZ'],
    ['+7 701 123 45 67', 'KZ'],
    ['+44 1481 723552', 'GG'],
    ['+44 1534 441000', 'JE'],
    ['+358 18 25000', 'AX'],
    ['+262 269 61 00 00', 'YT'],
  ])('tells apart the countries of a shared calling code: %s is %s', (phone, country) => {
    expect(countryOfPhone(phone)).toBe(country);
  });

  it.each([
    '030 123456',
    '(212) 736-5000',
    '49 30 123456',
    '+1 555 123 4567',
    '+49 1',
    '+',
    '00',
    '',
    'call me',
  ])('finds no country in %j', (phone) => {
    expect(countryOfPhone(phone)).toBeNull();
  });
});
