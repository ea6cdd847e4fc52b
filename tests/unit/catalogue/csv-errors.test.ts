/**
 * A CSV file csv-parse cannot read is reported at its line in the
 * catalogue's words and the editor's language, with a fix; never in the
 * parser's words.
 */
import { afterEach, expect, test } from 'vitest';
import { en } from '../../../src/catalogue/messages/en.ts';
import { MESSAGE_LANGUAGES, setMessageLanguage } from '../../../src/catalogue/messages/index.ts';
import { expectCatalogueOnly } from '../../helpers/catalogue-messages.ts';
import { copyFixture, type FixtureCatalogue } from '../../helpers/fixture-catalogue.ts';

const CSV = 'kpis/datasets/sample/observations.csv';
/** Words of csv-parse's own messages. */
const PARSER_WORDS = /Invalid (?:Opening|Closing) Quote|Quote Not Closed|Invalid Record|CSV_|csv-parse|at line \d/;

let fixture: FixtureCatalogue | undefined;
afterEach(() => {
  fixture?.dispose();
  setMessageLanguage('en');
});

test.each([
  ['a quote never closed', 'villeneuve,waste,2024,3,"Rapport annuel\n', 2, en.csvQuoteNotClosed()],
  ['text after a closing quote', 'villeneuve,waste,2024,3,"Rapport" annuel\n', 2, en.csvAfterClosingQuote()],
  ['a quote in the middle of a cell', 'villeneuve,waste,2024,3,Rapport "A"\n', 2, en.csvQuoteInCell()],
])('%s: at its line, in the catalogue words of fr, en and es', (_, row, line, english) => {
  fixture = copyFixture();
  fixture.write(CSV, `city,indicator,period,value,source\n${row}`);
  for (const lang of MESSAGE_LANGUAGES) {
    setMessageLanguage(lang);
    const mine = fixture.load().issues.filter((issue) => issue.file.endsWith(CSV));
    expect(mine.map((issue) => issue.line)).toEqual([line]);
    if (lang === 'en') expect(mine[0]!.message).toBe(english);
    expectCatalogueOnly(mine, lang, PARSER_WORDS);
  }
});
