import { cp, mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { emptyDraft, withValue, type Draft, type DraftSummary } from '../../../shared/draft';
import { DeskError } from '../../../shared/errors';
import { formOf, isFormId, type FormId } from '../../../shared/forms';
import type { UnitProfile } from '../../../shared/settings';
import { ensureDir, readRegularFile, removeTempFiles, syncDir, writeFileAtomic } from './atomic';
import { KeyedQueue, mapLimit } from './concurrency';
import { parseDraftText, serializeDraft } from './format';
import { ATTACHMENTS_DIR, isDraftId, layoutOf, newId, type Layout } from './layout';
import { quarantineDraft, type Quarantined } from './quarantine';
import { readSnapshot, scanSnapshots, takeSnapshot, type IgnoredEntry, type Snapshot } from './snapshots';
import { readSummaryCache, summaryOf, writeSummaryCache } from './summary';

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

  constructor(
    dataDir: string,
    private readonly now: () => Date,
  ) {
    this.layout = layoutOf(dataDir);
  }

  /**
   * Creates the folders and clears what an interrupted write or import left behind. All of it is
   * best effort: on a read-only disk nothing can be created or cleared, yet the drafts can still
   * be listed and read, and each write then says `read-only` itself. Nothing here may fail the
   * repository for the session.
   */
  async open(): Promise<this> {
    const { drafts, trash, quarantine } = this.layout;
    const tolerate = () => undefined;
    await Promise.all(
      [drafts, trash, quarantine].map((dir) => mkdir(dir, { recursive: true }).catch(tolerate)),
    );
    await removeTempFiles(drafts).catch(tolerate);
    const names = await readdir(drafts).catch(() => [] as string[]);
    // Folder by folder this sweep was half of opening a list of 1,000 drafts; in parallel it is small.
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
    const root = trash ? this.layout.trash : this.layout.drafts;
    const ids = (await readdir(root).catch(() => [] as string[])).filter(isDraftId);
    const summaries = await mapLimit(ids, LIST_CONCURRENCY, (id) => this.summarise(root, id, trash));
    const drafts = summaries.filter((s): s is DraftSummary => s !== null);
    drafts.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    const ignored = [...this.ignored].flatMap(([id, entries]) => entries.map((entry) => ({ id, ...entry })));
    return { drafts, quarantined: [...this.quarantined], ignored };
  }

  private async summarise(root: string, id: string, trash: boolean): Promise<DraftSummary | null> {
    const dir = join(root, id);
    const cached = await readSummaryCache(join(dir, 'summary.json'), join(dir, 'draft.json'));
    if (cached) return cached;
    try {
      const draft = await this.readDraft(dir, id);
      const summary = await summaryOf(draft);
      await writeSummaryCache(join(dir, 'summary.json'), join(dir, 'draft.json'), summary).catch(
        () => undefined,
      );
      return summary;
    } catch (error) {
      if (!trash) await this.setAside(id, error);
      return null;
    }
  }

  /** A new draft of a registered form, its fields that come from the unit profile filled from it. */
  async create(form: FormId, campaignId: string, profile: Partial<UnitProfile> = {}): Promise<Draft> {
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
    await this.queue.run(id, () => this.move(this.layout.draftDir(id), this.layout.trashDir(id)));
  }

  async restore(id: string): Promise<void> {
    await this.queue.run(id, () => this.move(this.layout.trashDir(id), this.layout.draftDir(id)));
  }

  async snapshots(id: string): Promise<Snapshot[]> {
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

  /** Whether an id is taken by a draft, in the list or in the trash. */
  async isTaken(id: string): Promise<boolean> {
    return (await exists(this.layout.draftDir(id))) || (await exists(this.layout.trashDir(id)));
  }

  async assertExists(id: string): Promise<void> {
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
        this.quarantined.push({ id, reason, movedTo: this.layout.draftDir(id) });
    } else if (error.code === 'draft-corrupt') {
      this.quarantined.push(await quarantineDraft(this.layout, id, reason, this.now()));
    }
    return error;
  }

  private async refreshSummary(draft: Draft): Promise<void> {
    const summary = await summaryOf(draft);
    await writeSummaryCache(
      this.layout.summaryFile(draft.id),
      this.layout.draftFile(draft.id),
      summary,
    ).catch(() => undefined);
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

/** The draft folder and each folder in it: snapshots, attachments, kept exports, and any later one. */
async function removeDraftTempFiles(dir: string): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  await Promise.all([
    removeTempFiles(dir),
    ...entries.filter((entry) => entry.isDirectory()).map((entry) => removeTempFiles(join(dir, entry.name))),
  ]);
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}
