/**
 * Cells copied from Excel or WPS reach the clipboard as tab-separated text: a tab between cells, a
 * line break between rows, and a cell that holds a tab, a line break or a quote written in double
 * quotes with its quotes doubled ("第一行\n第二行", "说 ""好"""). The trailing line break Excel adds
 * after the last row is not a row.
 */
export function parseTsv(text: string): string[][] {
  return parseDelimited(text, '\t');
}

/**
 * The same reading with another separator: a .csv file as Excel and WPS save it (a comma between
 * cells, quoted cells as above).
 */
export function parseDelimited(text: string, separator: '\t' | ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let at = 0;
  // A quote opens a quoted cell only at the cell's start, as Excel writes it; elsewhere it is text.
  let cellStart = true;
  while (at < text.length) {
    const ch = text[at]!;
    if (cellStart && ch === '"') {
      const end = quotedEnd(text, at, separator);
      if (end !== -1) {
        cell = text.slice(at + 1, end).replace(/""/g, '"');
        at = end + 1;
        cellStart = false;
        continue;
      }
    }
    cellStart = false;
    if (ch === separator) {
      row.push(cell);
      cell = '';
      cellStart = true;
      at++;
    } else if (ch === '\r' || ch === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      cellStart = true;
      at += ch === '\r' && text[at + 1] === '\n' ? 2 : 1;
    } else {
      cell += ch;
      at++;
    }
  }
  if (!cellStart || row.length > 0 || cell !== '') {
    row.push(cell);
    rows.push(row);
  }
  return rows.map((cells) => cells.map((value) => value.replace(/\r\n?/g, '\n')));
}

/**
 * Where the quoted cell opened at `open` closes: the quote followed by the separator, a line break or the
 * end. -1 when it does not close so, and the quote was then the text's own.
 */
function quotedEnd(text: string, open: number, separator: string): number {
  let at = open + 1;
  while (at < text.length) {
    if (text[at] === '"') {
      if (text[at + 1] === '"') {
        at += 2;
        continue;
      }
      const next = text[at + 1];
      return next === undefined || next === separator || next === '\r' || next === '\n' ? at : -1;
    }
    at++;
  }
  return -1;
}

/** Whether pasted text is a block of cells rather than text for the one cell. */
export function isCellBlock(grid: readonly (readonly string[])[]): boolean {
  return grid.length > 1 || (grid[0]?.length ?? 0) > 1;
}
