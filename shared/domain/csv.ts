/**
 * A small, strict CSV reader (RFC 4180): comma-separated, fields optionally in double quotes
 * ("" inside quotes is one quote; quoted fields may hold commas and line breaks), CRLF or LF line
 * ends, an optional UTF-8 BOM. Anything else (a quote inside an unquoted field, text after a
 * closing quote, an unclosed quote, a row with the wrong number of fields) is an error naming
 * its row, never guessed at: a register import must not load a half-understood file.
 */

export class CsvError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(`line ${line}: ${message}`);
  }
}

/** One record: `row` counts records as a spreadsheet does (the header is row 1); `line` is where it starts. */
interface CsvRow {
  row: number;
  line: number;
  fields: string[];
}

/** The file's records, header first. Blank lines are skipped (a row is never empty). */
export function parseCsv(text: string): CsvRow[] {
  const src = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const rows: CsvRow[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false; // inside a quoted field
  let wasQuoted = false; // the current field was quoted and has closed
  let line = 1;
  let rowStart = 1;
  const endField = () => {
    fields.push(field);
    field = '';
    wasQuoted = false;
  };
  const endRow = () => {
    endField();
    if (!(fields.length === 1 && fields[0] === ''))
      rows.push({ row: rows.length + 1, line: rowStart, fields });
    fields = [];
  };
  for (let i = 0; i < src.length; i++) {
    const c = src[i] as string;
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
        wasQuoted = true;
      } else {
        if (c === '\n') line++;
        field += c;
      }
      continue;
    }
    if (c === ',') endField();
    else if (c === '\n' || (c === '\r' && src[i + 1] === '\n')) {
      if (c === '\r') i++;
      endRow();
      line++;
      rowStart = line;
    } else if (wasQuoted) throw new CsvError(line, 'text after a closing quote: quote the whole field');
    else if (c === '"') {
      if (field !== '')
        throw new CsvError(line, 'a quote inside an unquoted field: quote the field and double the quote');
      quoted = true;
    } else if (c === '\r') throw new CsvError(line, 'a carriage return without a line feed');
    else field += c;
  }
  if (quoted) throw new CsvError(rowStart, 'a quoted field is never closed');
  if (field !== '' || fields.length || wasQuoted) endRow();
  const width = rows[0]?.fields.length ?? 0;
  for (const r of rows)
    if (r.fields.length !== width)
      throw new CsvError(r.line, `row ${r.row} has ${r.fields.length} fields where the header has ${width}`);
  return rows;
}
