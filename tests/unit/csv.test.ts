import { describe, expect, it } from 'vitest';
import { CsvError, parseCsv } from '../../shared/domain/csv.js';

const fields = (text: string) => parseCsv(text).map((r) => r.fields);

describe('the strict CSV reader', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, CRLF or LF, and a BOM', () => {
    const text = '\uFEFFa,b,c\r\n1,"two, too","say ""hi"""\n"multi\nline",,x\n';
    expect(fields(text)).toEqual([
      ['a', 'b', 'c'],
      ['1', 'two, too', 'say "hi"'],
      ['multi\nline', '', 'x'],
    ]);
  });

  it('numbers rows as a spreadsheet does, skipping blank lines, and keeps each row’s first line', () => {
    const rows = parseCsv('a,b\n\n"1\n2",3\n4,5');
    expect(rows.map((r) => [r.row, r.line])).toEqual([
      [1, 1],
      [2, 3],
      [3, 5],
    ]);
  });

  it.each([
    ['a,b\n1,"2', 'line 2: a quoted field is never closed'],
    ['a,b\n1,2"x"', 'line 2: a quote inside an unquoted field'],
    ['a,b\n1,"2"x', 'line 2: text after a closing quote'],
    ['a,b\n1,2,3', 'line 2: row 2 has 3 fields where the header has 2'],
  ])('refuses %j: %s', (text, message) => {
    expect(() => parseCsv(text)).toThrow(CsvError);
    expect(() => parseCsv(text)).toThrow(message);
  });
});
