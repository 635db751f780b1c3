import { describe, expect, it } from 'vitest';
import { ExportRecordSchema, type ExportRecord } from '../../../shared/draft';
import { exportNumberFor, lastExport, MAX_FILES_PER_EXPORT, withExport } from '../../../shared/exports';

const record = (number: number, hash: string, at: string, files: string[] = []): ExportRecord => ({
  number,
  hash,
  at,
  files,
  provisional: false,
});

describe('export numbers by content', () => {
  it('gives new content the next number and known content the number it had', () => {
    const history = [
      record(1, 'aaaaaaaa', '2022-01-10T08:00:00Z'),
      record(2, 'bbbbbbbb', '2022-01-11T08:00:00Z'),
    ];
    expect(exportNumberFor([], 'aaaaaaaa')).toBe(1);
    expect(exportNumberFor(history, 'cccccccc')).toBe(3);
    expect(exportNumberFor(history, 'bbbbbbbb')).toBe(2);
    // Content edited back to what export 1 printed is that content again.
    expect(exportNumberFor(history, 'aaaaaaaa')).toBe(1);
  });

  it('reads a history numbered per file (before numbering by content) as its newest paper', () => {
    const old = [
      record(1, 'aaaaaaaa', '2022-01-10T08:00:00Z'),
      record(2, 'aaaaaaaa', '2022-01-10T08:05:00Z'),
      record(3, 'aaaaaaaa', '2022-01-10T08:09:00Z'),
    ];
    expect(exportNumberFor(old, 'aaaaaaaa')).toBe(3);
    expect(exportNumberFor(old, 'dddddddd')).toBe(4);
  });

  it('finds the most recent export by its time, whatever its offset or place in the list', () => {
    const history = [
      record(1, 'aaaaaaaa', '2022-01-12T10:00:00+08:00'),
      record(2, 'bbbbbbbb', '2022-01-12T02:01:00Z'),
    ];
    expect(lastExport(history)?.number).toBe(2);
    expect(lastExport([record(1, 'aaaaaaaa', '2022-01-12T03:00:00Z'), ...history])?.number).toBe(1);
    expect(lastExport([])).toBeUndefined();
  });

  it('adds a file to its number’s record, newest last, and keeps the list in number order', () => {
    let history = withExport([], {
      number: 1,
      hash: 'aaaaaaaa',
      at: '2022-01-10T08:00:00.000Z',
      file: '/a.docx',
      provisional: true,
    });
    history = withExport(history, {
      number: 2,
      hash: 'bbbbbbbb',
      at: '2022-01-11T08:00:00.000Z',
      file: '/b.docx',
      provisional: false,
    });
    history = withExport(history, {
      number: 1,
      hash: 'aaaaaaaa',
      at: '2022-01-12T08:00:00.000Z',
      file: '/a.pdf',
      provisional: false,
    });
    history = withExport(history, {
      number: 1,
      hash: 'aaaaaaaa',
      at: '2022-01-12T09:00:00.000Z',
      file: '/a.docx',
      provisional: false,
    });
    expect(history).toEqual([
      {
        number: 1,
        hash: 'aaaaaaaa',
        at: '2022-01-12T09:00:00.000Z',
        files: ['/a.pdf', '/a.docx'],
        provisional: false,
      },
      { number: 2, hash: 'bbbbbbbb', at: '2022-01-11T08:00:00.000Z', files: ['/b.docx'], provisional: false },
    ]);
    expect(lastExport(history)?.number).toBe(1);
  });

  it('keeps a record’s files within the schema’s bound, dropping the oldest', () => {
    let history: ExportRecord[] = [];
    for (let i = 0; i < MAX_FILES_PER_EXPORT + 5; i++)
      history = withExport(history, {
        number: 1,
        hash: 'aaaaaaaa',
        at: '2022-01-10T08:00:00.000Z',
        file: `/f${i}.docx`,
        provisional: false,
      });
    expect(history[0]!.files).toHaveLength(MAX_FILES_PER_EXPORT);
    expect(history[0]!.files[0]).toBe('/f5.docx');
    expect(history[0]!.files.at(-1)).toBe(`/f${MAX_FILES_PER_EXPORT + 4}.docx`);
    expect(ExportRecordSchema.safeParse(history[0]).success).toBe(true);
  });
});
