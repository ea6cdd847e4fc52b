import { afterEach, expect, test } from 'vitest';
import { copyFixture, type FixtureCatalogue } from '../../helpers/fixture-catalogue.ts';

let fixture: FixtureCatalogue | undefined;
afterEach(() => fixture?.dispose());

test('a period measured twice for a series is reported at the second row, naming the first, wherever the rows are', () => {
  fixture = copyFixture();
  fixture.write(
    'kpis/datasets/sample/observations.csv',
    [
      'city,indicator,period,value,source',
      'villeneuve,lit-streets-share,2021,40.5,', // line 2
      'villeneuve,lit-streets-share,2022,55,',
      'villeneuve,lit-streets-share,2021,41,', // line 4: right after its series' first row
      'puerto-claro,lit-streets-share,2021,61.25,', // another city, same indicator and period: not a repeat
      'villeneuve,lit-streets-share,2022,56,', // line 6: after another series came between
      'puerto-claro,lit-streets-share,2022,62,',
      '',
    ].join('\n'),
  );
  const twice = fixture.load().issues.filter((issue) => issue.message.includes('twice'));
  expect(twice.map((issue) => [issue.line, issue.message])).toEqual([
    [4, 'villeneuve, lit-streets-share, 2021 is measured twice in this dataset (first on line 2).'],
    [6, 'villeneuve, lit-streets-share, 2022 is measured twice in this dataset (first on line 3).'],
  ]);
});
