import type { Dirent, Stats } from 'node:fs';
import { cp, mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { emptyDraft, withValue, type Draft, type DraftSummary } from '../../../shared/draft';
import type { IgnoredEntry, Quarantined, Snapshot } from '../../../shared/draft-folder';
import { DeskError } from '../../../shared/errors';
import { formOf, isFormId, type FormId } from '../../../shared/forms';
import type { UnitProfile } from '../../../shared/settings';
import {
  ensureDir,
  isTempName,
  readRegularFile,
  removeTempFiles,
  syncDir,
  writeFileAtomic,
} from '../files/atomic';
import { KeyedQueue, mapLimit } from './concurrency';
import { parseDraftText, serializeDraft } from './format';
import { ATTACHMENTS_DIR, DRAFT_FILE, isDraftId, layoutOf, newId, type Layout } from './layout';
import { quarantineDraft } from './quarantine';
import { readSnapshot, scanSnapshots, takeSnapshot } from './snapshots';
import { summaryOf } from './summary';
import { SUMMARY_INDEX_FILE, SummaryIndex } from './summary-index';

const LIST_CONCURRENCY = 32;
/** Folders being assembled (a new draft, a duplicate, an import) before they are renamed into place. */
const STAGING_PREFIX = '.staging-';

/**
 * The drafts of one data directory (docs/DRAFTS.md). Every change of a draft runs through `update`,
 * one at a time per draft, and every file written goes through `writeFileAtomic`.
 */
export class DraftRepository {
  readonly layout: Layout;
  private readonly queue = new KeyedQueue();
  /** Drafts set aside during this run, reported with the list until the app restarts. */
  private readonly quarantined: Quarantined[] = [];
  /** What each draft's `snapshots/` holds that is not a snapshot, as last seen; reported with the list. */
  private readonly ignored = new Map<string, IgnoredEntry[]>();
  private reading: Promise<this> | undefined;
  private opening: Promise<this> | undefined;
  /** The summaries of `drafts/` and of `trash/`. */
  private readonly summaries: { drafts: SummaryIndex; trash: SummaryIndex };

  /** `app` names the app's version: summaries cached by another version are made again. */
  constructor(
    dataDir: string,
    private readonly now: () => Date,
    app = '',
  ) {
    this.layout = layoutOf(dataDir);
    this.summaries = {
      drafts: new SummaryIndex(join(this.layout.drafts, SUMMARY_INDEX_FILE), app),
      trash: new SummaryIndex(join(this.layout.trash, SUMMARY_INDEX_FILE), app),
    };
  }

  /**
   * Opens the repository once, before anything it serves but the list: every other public method
   * waits for the opening sweep, so nothing writes into a folder being swept. A failure is reported
   * to the request that met it and forgotten, so the next request tries again: a disk remounted
   * writable, a folder made readable, must not need a restart.
   */
  open(): Promise<this> {
    this.opening ??= forgetOnFailure(
      this.openForReading().then(() => this.sweep()),
      () => (this.opening = undefined),
    );
    return this.opening;
  }

  /**
   * Enough to list and read drafts: the folders exist, and the temp files an interrupted write of
   * the drafts folder itself left (the summary index) are gone. All of it is best effort: on a
   * read-only disk nothing can be created or cleared, yet the drafts can still be listed and read,
   * and each write then says `read-only` itself.
   */
  private openForReading(): Promise<this> {
    this.reading ??= forgetOnFailure(this.prepareFolders(), () => (this.reading = undefined));
    return this.reading;
  }

  private async prepareFolders(): Promise<this> {
    const { drafts, trash, quarantine } = this.layout;
    const tolerate = () => undefined;
    await Promise.all(
      [drafts, trash, quarantine].map((dir) => mkdir(dir, { recursive: true }).catch(tolerate)),
    );
    await removeTempFiles(drafts).catch(tolerate);
    return this;
  }

  /**
   * Clears each draft folder (and its folders) of temp files and removes half-built folders.
   * Nothing may write into a draft folder before it has finished, since a temp file being written
   * would look like a leftover; listing and reading may, which is why the app's first list does
   * not wait for it (`list`): it was most of that list's time (docs/PERFORMANCE.md).
   */
  private async sweep(): Promise<this> {
    const { drafts } = this.layout;
    const tolerate = () => undefined;
    const names = await readdir(drafts).catch(() => [] as string[]);
    await mapLimit(names, LIST_CONCURRENCY, async (name) => {
      if (name.startsWith(STAGING_PREFIX))
        await rm(join(drafts, name), { recursive: true, force: true }).catch(tolerate);
      else if (isDraftId(name)) await removeDraftTempFiles(join(drafts, name)).catch(tolerate);
    });
    return this;
  }

  async list(trash = false): Promise<{
    drafts: DraftSummary[];
    quarantined: Quarantined[];
    ignored: (IgnoredEntry & { id: string })[];
  }> {
    await this.openForReading();
    const root = trash ? this.layout.trash : this.layout.drafts;
    const index = trash ? this.summaries.trash : this.summaries.drafts;
    const [names] = await Promise.all([readdir(root).catch(() => [] as string[]), index.load()]);
    const ids = names.filter(isDraftId);
    const summaries = await mapLimit(ids, LIST_CONCURRENCY, (id) => this.summarise(root, id, trash, index));
    index.keepOnly(new Set(ids));
    await index.persist();
    const drafts = summaries.filter((s): s is DraftSummary => s !== null);
    drafts.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    const ignored = [...this.ignored].flatMap(([id, entries]) => entries.map((entry) => ({ id, ...entry })));
    // The opening sweep follows the first list instead of delaying it (docs/PERFORMANCE.md); a
    // failure of it is met, and reported, by the next request that needs it.
    this.open().catch(() => undefined);
    return { drafts, quarantined: [...this.quarantined], ignored };
  }

  /**
   * The cached summary when `draft.json` is the very file it was made from; otherwise the draft is
   * read with every check of `load` (a regular file, its schema, its id), and one that fails them
   * is set aside as on load.
   */
  private async summarise(
    root: string,
    id: string,
    trash: boolean,
    index: SummaryIndex,
  ): Promise<DraftSummary | null> {
    const dir = join(root, id);
    // Taken before the read, so that a write in between leaves an entry that no longer matches.
    const info = await stat(join(dir, DRAFT_FILE)).catch(() => null);
    const cached = info?.isFile() ? index.get(id, info) : null;
    if (cached) return cached;
    try {
      const draft = await this.readDraft(dir, id);
      const summary = await summaryOf(draft);
      if (info) index.set(id, info, summary);
      return summary;
    } catch (error) {
      index.delete(id);
      if (!trash) await this.setAside(id, error);
      return null;
    }
  }

  /** A new draft of a registered form, its fields that come from the unit profile filled from it. */
  async create(form: FormId, campaignId: string, profile: Partial<UnitProfile> = {}): Promise<Draft> {
    await this.open();
    if (!isFormId(form)) throw new DeskError('form-unknown', form);
    const values = Object.fromEntries(
      formOf(form).fields.flatMap((field) =>
        field.type === 'text' && field.fromProfile && profile[field.fromProfile] !== undefined
          ? [[field.id, profile[field.fromProfile]!]]
          : [],
      ),
    );
    const draft = emptyDraft({ id: newId(), form, campaignId, now: this.now(), values });
    await this.stageAndPlace(draft.id, async (staging) => {
      await writeFileAtomic(join(staging, 'draft.json'), serializeDraft(draft));
    });
    await this.refreshSummary(draft);
    return draft;
  }

  async load(id: string): Promise<Draft> {
    await this.open();
    return this.queue.run(id, async () => {
      try {
        return await this.readDraft(this.layout.draftDir(id), id);
      } catch (error) {
        throw await this.setAside(id, error);
      }
    });
  }

  /** Validates (the contract already parsed it), snapshots the previous version, writes atomically. */
  async save(draft: Draft): Promise<Draft> {
    return this.update(draft.id, (previous) => ({
      ...draft,
      // Exports are recorded by main only: a page can neither drop one it has not seen nor add
      // one, whose file `export:reveal` would then hand to the desktop to open.
      exports: previous.exports,
    }));
  }

  /**
   * Reads the current draft, applies `change`, writes the result: the one path by which a draft
   * on disk changes. `updatedAt` is set here, by main, whatever the caller sent.
   */
  async update(id: string, change: (current: Draft) => Draft | Promise<Draft>): Promise<Draft> {
    await this.open();
    return this.queue.run(id, async () => {
      const file = this.layout.draftFile(id);
      let current: Draft;
      try {
        current = await this.readDraft(this.layout.draftDir(id), id);
      } catch (error) {
        throw await this.setAside(id, error);
      }
      const next = { ...(await change(current)), id, updatedAt: this.now().toISOString() };
      const text = serializeDraft(next);
      this.noteIgnored(id, (await takeSnapshot(file, this.layout.snapshotsDir(id), this.now())).ignored);
      await writeFileAtomic(file, text);
      await this.refreshSummary(next);
      return next;
    });
  }

  async rename(id: string, title: string): Promise<DraftSummary> {
    return summaryOf(await this.update(id, (d) => withValue(d, formOf(d.form).titleField, title)));
  }

  /** A new draft with the same content and attachments; its history (exports, snapshots) starts fresh. */
  async duplicate(id: string): Promise<DraftSummary> {
    const source = await this.load(id);
    const now = this.now().toISOString();
    const copy: Draft = {
      ...source,
      id: newId(),
      status: 'draft',
      exports: [],
      createdAt: now,
      updatedAt: now,
    };
    await this.stageAndPlace(copy.id, async (staging) => {
      await cp(join(this.layout.draftDir(id), ATTACHMENTS_DIR), join(staging, ATTACHMENTS_DIR), {
        recursive: true,
        errorOnExist: true,
      }).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw error;
      });
      await writeFileAtomic(join(staging, 'draft.json'), serializeDraft(copy));
    });
    await this.refreshSummary(copy);
    return summaryOf(copy);
  }

  async trash(id: string): Promise<void> {
    await this.open();
    await this.queue.run(id, async () => {
      await this.move(this.layout.draftDir(id), this.layout.trashDir(id));
      this.moveSummary(id, this.summaries.drafts, this.summaries.trash);
    });
  }

  async restore(id: string): Promise<void> {
    await this.open();
    await this.queue.run(id, async () => {
      await this.move(this.layout.trashDir(id), this.layout.draftDir(id));
      this.moveSummary(id, this.summaries.trash, this.summaries.drafts);
    });
  }

  /** A renamed folder keeps its `draft.json` (same inode, size and mtime), so its summary still holds. */
  private moveSummary(id: string, from: SummaryIndex, to: SummaryIndex): void {
    const entry = from.take(id);
    if (entry) to.put(id, entry);
  }

  async snapshots(id: string): Promise<Snapshot[]> {
    await this.open();
    await this.assertExists(id);
    const { snapshots, ignored } = await scanSnapshots(this.layout.snapshotsDir(id));
    this.noteIgnored(id, ignored);
    return snapshots;
  }

  private noteIgnored(id: string, entries: IgnoredEntry[]): void {
    if (entries.length) this.ignored.set(id, entries);
    else this.ignored.delete(id);
  }

  /** Puts an earlier version back; the version it replaces becomes a snapshot first. */
  async restoreSnapshot(id: string, name: string): Promise<Draft> {
    await this.open();
    const older = parseDraftText(await readSnapshot(this.layout.snapshotsDir(id), name));
    await this.queue.run(id, async () =>
      this.noteIgnored(
        id,
        (await takeSnapshot(this.layout.draftFile(id), this.layout.snapshotsDir(id), this.now(), true))
          .ignored,
      ),
    );
    return this.update(id, (current) => ({
      ...older,
      exports: mergeExports(current.exports, older.exports),
    }));
  }

  /** Moves a finished folder (assembled by `fill` in a staging folder) into place under `id`. */
  async stageAndPlace(id: string, fill: (staging: string) => Promise<void>): Promise<void> {
    await this.open();
    const staging = join(this.layout.drafts, `${STAGING_PREFIX}${newId()}`);
    await ensureDir(staging);
    try {
      await fill(staging);
      if (await exists(this.layout.draftDir(id))) throw new DeskError('draft-exists', id);
      await rename(staging, this.layout.draftDir(id));
      await syncDir(this.layout.drafts);
    } catch (error) {
      await rm(staging, { recursive: true, force: true });
      throw error;
    }
  }

  /**
   * Assembles a new draft in a staging folder and leaves it there, not in the list, until `placeStaged`
   * (the user confirmed) or `discardStaged` (cancelled); the opening sweep removes what a run that
   * died left staged. The staging name is the draft's id, so nothing else need be remembered.
   */
  async stage(id: string, fill: (staging: string) => Promise<void>): Promise<void> {
    await this.open();
    const staging = this.stagedDir(id);
    await ensureDir(staging);
    try {
      await fill(staging);
    } catch (error) {
      await rm(staging, { recursive: true, force: true });
      throw error;
    }
  }

  /** Moves a draft `stage` assembled into place; `not-found` when it was discarded or never staged. */
  async placeStaged(id: string): Promise<void> {
    await this.open();
    const staging = this.stagedDir(id);
    if (!(await exists(join(staging, DRAFT_FILE)))) throw new DeskError('not-found', id);
    if (await this.isTaken(id)) throw new DeskError('draft-exists', id);
    await rename(staging, this.layout.draftDir(id));
    await syncDir(this.layout.drafts);
  }

  async discardStaged(id: string): Promise<void> {
    await this.open();
    await rm(this.stagedDir(id), { recursive: true, force: true });
  }

  private stagedDir(id: string): string {
    if (!isDraftId(id)) throw new DeskError('not-found', id);
    return join(this.layout.drafts, `${STAGING_PREFIX}held-${id}`);
  }

  /** Whether an id is taken by a draft, in the list or in the trash. */
  async isTaken(id: string): Promise<boolean> {
    await this.open();
    return (await exists(this.layout.draftDir(id))) || (await exists(this.layout.trashDir(id)));
  }

  async assertExists(id: string): Promise<void> {
    await this.open();
    if (!(await exists(this.layout.draftFile(id)))) throw new DeskError('not-found', id);
  }

  private async readDraft(dir: string, id: string): Promise<Draft> {
    let text: string;
    try {
      text = (await readRegularFile(join(dir, 'draft.json'))).toString('utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOTREG' || code === 'EISDIR')
        throw new DeskError('draft-corrupt', 'draft.json is not a regular file');
      if (code !== 'ENOENT') throw error;
      if (await exists(dir)) throw new DeskError('draft-corrupt', 'draft.json is missing');
      throw new DeskError('not-found', id);
    }
    const draft = parseDraftText(text);
    if (draft.id !== id)
      throw new DeskError('draft-corrupt', `id ${draft.id} does not match its folder ${id}`);
    return draft;
  }

  /**
   * A draft that cannot be read is moved to the quarantine with the reason and reported; one of a
   * newer format stays where it is for the newer app, and is reported too. Returns the error to throw.
   */
  private async setAside(id: string, error: unknown): Promise<unknown> {
    if (!(error instanceof DeskError)) return error;
    const reason = error.message;
    if (error.code === 'draft-future-version') {
      if (!this.quarantined.some((q) => q.id === id))
        this.quarantined.push({ id, code: error.code, reason, movedTo: this.layout.draftDir(id) });
    } else if (error.code === 'draft-corrupt') {
      this.quarantined.push(await quarantineDraft(this.layout, id, reason, this.now()));
    }
    return error;
  }

  /**
   * After this repository wrote `draft.json`, with the draft's queue still held: the summary of
   * what was written, kept in memory (the file follows at the next list). Nothing is kept if the
   * file cannot be looked at; the list then reads the draft.
   */
  private async refreshSummary(draft: Draft): Promise<void> {
    const info: Stats | null = await stat(this.layout.draftFile(draft.id)).catch(() => null);
    if (info) this.summaries.drafts.set(draft.id, info, await summaryOf(draft));
  }

  private async move(from: string, to: string): Promise<void> {
    if (!(await exists(join(from, 'draft.json')))) throw new DeskError('not-found');
    if (await exists(to)) throw new DeskError('draft-exists');
    await rename(from, to);
  }
}

function mergeExports(a: Draft['exports'], b: Draft['exports']): Draft['exports'] {
  const byNumber = new Map([...a, ...b].map((record) => [record.number, record]));
  return [...byNumber.values()].sort((x, y) => x.number - y.number);
}

/**
 * The draft folder and each folder in it: snapshots, attachments, kept exports, and any later one.
 * The folder is read once: its names give both its own temp files and the folders to look into.
 */
async function removeDraftTempFiles(dir: string): Promise<void> {
  const entries: Dirent[] = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const stale = entries.filter((entry) => isTempName(entry.name));
  await Promise.all([
    ...stale.map((entry) => rm(join(dir, entry.name), { recursive: true, force: true })),
    ...entries
      .filter((entry) => entry.isDirectory() && !isTempName(entry.name))
      .map((entry) => removeTempFiles(join(dir, entry.name))),
  ]);
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/** A one-time start that a failure does not keep: `forget` clears it so the next caller starts again. */
function forgetOnFailure<T>(start: Promise<T>, forget: () => void): Promise<T> {
  start.catch(forget);
  return start;
}
