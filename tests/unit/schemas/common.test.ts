import { describe, expect, test } from 'vitest';
import {
  countryCode,
  currencyCode,
  isoDate,
  isWebUrl,
  languageCode,
  partialDate,
  webUrl,
} from '../../../src/schemas/common.ts';

const issueOf = (result: { success: boolean; error?: { issues: { message: string; params?: unknown }[] } }) =>
  result.error?.issues[0] as { message: string; params?: { suggestion?: string } } | undefined;

describe('web addresses', () => {
  test.each(['https://www.example.org', 'http://www.megacommunes.lu', 'https://example.org/a?b=c#d'])(
    'accepts %s',
    (url) => {
      expect(webUrl.safeParse(url).success).toBe(true);
    },
  );
  test.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'data:text/html,<script>x</script>',
    'ftp://example.org',
    'www.example.org',
    'mailto:a@b.c',
    '',
  ])('refuses %s, which z.url() would let through or which is no web page', (url) => {
    expect(isWebUrl(url)).toBe(false);
    expect(issueOf(webUrl.safeParse(url))?.message).toMatch(/https:\/\//);
  });
});

describe('dates', () => {
  test.each(['2023', '2023-05', '2023-05-13', 2023])('a partial date accepts %s', (value) => {
    expect(partialDate.safeParse(value)).toMatchObject({ success: true, data: String(value) });
  });
  test.each(['2023-13', '2023-02-30', '23', '1850', 'May 2023', '2023/05'])('a partial date refuses %s', (value) => {
    expect(partialDate.safeParse(value).success).toBe(false);
  });
  test('a full date must exist in the calendar', () => {
    expect(isoDate.safeParse('2024-02-29').success).toBe(true);
    expect(isoDate.safeParse('2023-02-29').success).toBe(false);
    expect(isoDate.safeParse('2023-05').success).toBe(false);
  });
});

describe('codes', () => {
  test('a country is an upper-case ISO 3166-1 code, and a near miss gets a suggestion', () => {
    expect(countryCode.safeParse('TG').success).toBe(true);
    expect(issueOf(countryCode.safeParse('tg'))?.params?.suggestion).toBe('write "TG"');
    expect(issueOf(countryCode.safeParse('Luxembourg'))?.params?.suggestion).toBe('write "LU"');
    expect(countryCode.safeParse('XX').success).toBe(false);
  });
  test('a language is a lower-case ISO 639-1 code', () => {
    expect(languageCode.safeParse('nl').success).toBe(true);
    expect(issueOf(languageCode.safeParse('FR'))?.params?.suggestion).toBe('write "fr"');
    expect(languageCode.safeParse('french').success).toBe(false);
  });
  test('a currency is an ISO 4217 code', () => {
    expect(currencyCode.safeParse('XOF').success).toBe(true);
    expect(issueOf(currencyCode.safeParse('eur'))?.params?.suggestion).toBe('write "EUR"');
    expect(currencyCode.safeParse('€').success).toBe(false);
  });
});
