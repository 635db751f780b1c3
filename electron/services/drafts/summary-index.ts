import type { Stats } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import { z } from 'zod';
import { DraftSummarySchema, type DraftSummary } from '../../../shared/draft';
import { readRegularFile, tempPathFor } from '../files/atomic';

/**
 * The summaries of one folder of drafts (`drafts/` or `trash/`), kept in memory while the app runs
 * and in one file beside the draft folders between runs, so that opening the list of 1,000 drafts
 * reads one file and looks at each `draft.json` with one `stat`, instead of opening a file per
 * draft or parsing every draft (docs/PERFORMANCE.md, draft list).
 *
 * Each summary is kept with the `draft.json` it was made from, as `stat` saw it before the draft
 * was read: size, mtime and inode. An atomic write makes a new inode, and a hand edit in place
 * changes the mtime, so a draft written by anyone (this app, another process, a text editor) no
 * longer matches and is read again. It is a cache: written without fsync, a missing, torn or
 * foreign file is an empty index, and the worst it can cost is reading the drafts once more.
 */
export const SUMMARY_INDEX_FILE = '.summaries.json';

/** Bumped when what a summary holds or how it is keyed changes, so an older file is not trusted. */
const INDEX_VERSION = 1;

const EntrySchema = z.object({
  size: z.number(),
  mtimeMs: z.number(),
  ino: z.number(),
  summary: DraftSummarySchema,
});
type Entry = z.infer<typeof EntrySchema>;

const IndexFileSchema = z.object({
  version: z.literal(INDEX_VERSION),
  /** The app that wrote it: a new version may compute summaries differently (another form's limits). */
  app: z.string(),
  entries: z.record(z.string(), EntrySchema),
});

const sameFile = (entry: Entry, info: Stats): boolean =>
  entry.size === info.size && entry.mtimeMs === info.mtimeMs && entry.ino === info.ino;

export class SummaryIndex {
  private readonly entries = new Map<string, Entry>();
  private loading: Promise<void> | undefined;
  /** Whether memory holds what the file does not; the file is written at the next list. */
  private dirty = false;
  /** Writes of the file, one after another. */
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly file: string,
    private readonly app: string,
  ) {}

  /** Reads the file once per run. */
  load(): Promise<void> {
    this.loading ??= this.read();
    return this.loading;
  }

  private async read(): Promise<void> {
    const parsed = await readRegularFile(this.file)
      .then(
        (bytes) => IndexFileSchema.safeParse(JSON.parse(bytes.toString('utf8'))),
        () => null,
      )
      .catch(() => null);
    if (!parsed?.success || parsed.data.app !== this.app) {
      // Nothing usable on disk: whatever memory learns is worth writing.
      this.dirty = true;
      return;
    }
    // Entries learnt from writes while the file was being read are newer than the file's.
    for (const [id, entry] of Object.entries(parsed.data.entries))
      if (!this.entries.has(id)) this.entries.set(id, entry);
  }

  /** The summary made from exactly this `draft.json`, or null. */
  get(id: string, info: Stats): DraftSummary | null {
    const entry = this.entries.get(id);
    return entry && sameFile(entry, info) ? entry.summary : null;
  }

  /** `info` must be the draft file's `stat` from before it was read, so a later write cannot match. */
  set(id: string, info: Stats, summary: DraftSummary): void {
    this.entries.set(id, { size: info.size, mtimeMs: info.mtimeMs, ino: info.ino, summary });
    this.dirty = true;
  }

  delete(id: string): void {
    if (this.entries.delete(id)) this.dirty = true;
  }

  /** Takes a draft's entry out, to hand it to the folder the draft moves to (trash, restore). */
  take(id: string): Entry | undefined {
    const entry = this.entries.get(id);
    this.delete(id);
    return entry;
  }

  put(id: string, entry: Entry): void {
    this.entries.set(id, entry);
    this.dirty = true;
  }

  /** Forgets drafts no longer in the folder (deleted, moved away by hand or by another process). */
  keepOnly(ids: ReadonlySet<string>): void {
    for (const id of this.entries.keys()) if (!ids.has(id)) this.delete(id);
  }

  /**
   * Writes the file if memory changed since. Renamed over the old one, never written into it:
   * opening a FIFO planted under this name for writing would wait for a reader for ever.
   * Best effort: on a read-only disk the list still answers.
   */
  persist(): Promise<void> {
    if (!this.dirty) return this.writing;
    this.dirty = false;
    const text = JSON.stringify({
      version: INDEX_VERSION,
      app: this.app,
      entries: Object.fromEntries(this.entries),
    });
    this.writing = this.writing.then(async () => {
      const temp = tempPathFor(this.file);
      try {
        await writeFile(temp, text);
        await rename(temp, this.file);
      } catch {
        this.dirty = true;
        await rm(temp, { force: true }).catch(() => undefined);
      }
    });
    return this.writing;
  }
}
