/**
 * One line of CSV (RFC 4180 quoting: a field in double quotes may hold commas, `""` is a quote). Fields do
 * not span lines. Null when a quoted field is not closed.
 */
export function parseCsvLine(line: string): string[] | null {
  if (!line.includes('"')) return line.split(',');
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    if (line[i] === '"') {
      let value = '';
      i += 1;
      for (;;) {
        const close = line.indexOf('"', i);
        if (close < 0) return null;
        value += line.slice(i, close);
        if (line[close + 1] === '"') {
          value += '"';
          i = close + 2;
          continue;
        }
        i = close + 1;
        break;
      }
      fields.push(value);
      if (i >= line.length) return fields;
      if (line[i] !== ',') return null;
      i += 1;
      continue;
    }
    const comma = line.indexOf(',', i);
    if (comma < 0) {
      fields.push(line.slice(i));
      return fields;
    }
    fields.push(line.slice(i, comma));
    i = comma + 1;
  }
}
