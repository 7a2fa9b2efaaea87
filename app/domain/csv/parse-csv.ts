// RFC 4180 CSV: fields separated by commas, records by CRLF or LF; a quoted field may hold
// commas, line breaks and doubled quotes. A leading byte-order mark is dropped. Each record keeps
// the line of the file it starts on, so errors can name the row as the file's reader sees it.
export type CsvRecord = { line: number; fields: string[] };
export type CsvResult = { ok: true; records: CsvRecord[] } | { ok: false; line: number; message: string };

export function parseCsv(input: string): CsvResult {
  const text = input.startsWith("\uFEFF") ? input.slice(1) : input;
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = "";
  let line = 1;
  let recordLine = 1;
  let isQuoted = false;
  let wasQuoted = false;
  let index = 0;
  const endRecord = () => {
    fields.push(field);
    // A line with nothing on it is not a record (a trailing newline, a blank line between rows).
    if (!(fields.length === 1 && fields[0] === "" && !wasQuoted)) records.push({ line: recordLine, fields });
    fields = [];
    field = "";
    wasQuoted = false;
  };
  while (index < text.length) {
    const char = text[index];
    if (isQuoted) {
      if (char === '"') {
        if (text[index + 1] === '"') {
          field += '"';
          index += 2;
          continue;
        }
        isQuoted = false;
        index += 1;
        const next = text[index];
        if (next !== undefined && next !== "," && next !== "\n" && next !== "\r")
          return { ok: false, line, message: "a closing quote must end its field" };
        continue;
      }
      if (char === "\n") line += 1;
      field += char;
      index += 1;
      continue;
    }
    if (char === '"') {
      if (field !== "") return { ok: false, line, message: "a quote may only start a field" };
      isQuoted = true;
      wasQuoted = true;
      index += 1;
    } else if (char === ",") {
      fields.push(field);
      field = "";
      wasQuoted = false;
      index += 1;
    } else if (char === "\r" || char === "\n") {
      endRecord();
      index += char === "\r" && text[index + 1] === "\n" ? 2 : 1;
      line += 1;
      recordLine = line;
    } else {
      field += char;
      index += 1;
    }
  }
  if (isQuoted) return { ok: false, line: recordLine, message: "a quoted field is never closed" };
  if (field !== "" || fields.length > 0 || wasQuoted) endRecord();
  return { ok: true, records };
}
