import { join } from 'node:path';
import type { Campaign } from '../../../shared/campaign';
import type { Draft } from '../../../shared/draft';
import { errorCodeOf } from '../../../shared/errors';
import { printedHash } from '../../../shared/printed-hash';
import type { RollupCheck, RollupProgress, RollupResult, RollupRow } from '../../../shared/rollup';
import type { CampaignRegistry } from '../campaigns/registry';
import { expandInputs, type RollupInputFile } from './inputs';
import { kindByName, openInput, type OpenedInput } from './read';
import { findSharedPassages } from './originality';
import { factsOf } from './row';
import { ignoredTexts, textsOf } from './texts';

export { writeRollupDocx } from './docx';
export { writeRollupXlsx, writeUnitIssues } from './xlsx';

export interface RollupOptions {
  /** Folders of earlier years, for the originality check only. */
  earlier?: string[];
  registry: Pick<CampaignRegistry, 'forDraft' | 'newestWith'>;
  now: Date;
  /** Where packages are unpacked and Word forms imported, one folder per row; never under the inputs. */
  workDir: string;
  signal?: AbortSignal;
  onProgress?: (progress: RollupProgress) => void;
}

/**
 * A readable row's submission, as the run read it: to open it read-only (`draft`), to render its
 * pages (`renderDraft(draft, dir, { campaign, … })`, or the package's own form in `docx`).
 */
export interface RollupSubmission {
  /**
   * The draft whose files are in `dir`: a package's draft without the print copies and the drawn
   * signature, which do not travel in a package (their hash is the submitted draft's, in the row).
   */
  draft: Draft;
  /** The draft's folder: the input itself for a draft folder (only ever read), else under `workDir`. */
  dir: string;
  campaign: Campaign;
  /** The printed form the input holds (the package's .docx, the Word file given), where it holds one. */
  docx?: string;
}

export interface RollupRun extends RollupResult {
  /** By row id, every row that was read. */
  submissions: ReadonlyMap<string, RollupSubmission>;
  /** Folders past the depth, or files past the number, that a roll-up reads (`inputs.ts`): not read. */
  skipped: number;
}

const emptyRow = (id: string, input: RollupInputFile): RollupRow => ({
  id,
  source: input.source,
  kind: kindByName(input),
  counts: [],
  images: 0,
  signed: false,
  dated: false,
  final: false,
  manifest: 'not-a-package',
  checksums: 'unchecked',
  printedHash: 'unchecked',
  issues: [],
});

/** The printed hashes the input claims, against its content: `unchecked` when it claims none. */
function printedCheck(opened: OpenedInput, fullHash: string): RollupCheck {
  if (opened.claims.length === 0) return 'unchecked';
  const printed = printedHash(fullHash);
  const ok = opened.claims.every((claim) => claim === printed) && (opened.fullHash ?? fullHash) === fullHash;
  return ok ? 'ok' : 'mismatch';
}

/** How many inputs are read at once. */
const READ_AT_ONCE = 4;

/**
 * One input read into its row, with its full content hash (what 重复 compares); an input that
 * cannot be read is a row with its message.
 */
async function readRow(
  id: string,
  input: RollupInputFile,
  options: RollupOptions,
  submissions: Map<string, RollupSubmission>,
): Promise<{ row: RollupRow; fullHash?: string }> {
  const row = emptyRow(id, input);
  try {
    const opened = await openInput(input, join(options.workDir, id), options);
    const campaign = options.registry.forDraft(opened.draft);
    const files = { draft: opened.unpacked ?? opened.draft, dir: opened.dir };
    const { facts, fullHash } = await factsOf(opened.draft, files, campaign, options.now);
    // A draft says under which number it printed this content, where it did.
    const exportNumber =
      opened.exportNumber ?? opened.draft.exports.find((r) => r.hash === printedHash(fullHash))?.number;
    const read: Partial<RollupRow> = {
      kind: opened.kind,
      manifest: opened.manifest,
      checksums: opened.checksums,
      printedHash: printedCheck(opened, fullHash),
      ...(exportNumber !== undefined ? { exportNumber } : {}),
    };
    Object.assign(row, facts, read);
    submissions.set(id, { ...files, campaign, ...(opened.docx ? { docx: opened.docx } : {}) });
    return { row, fullHash };
  } catch (error) {
    const { code, detail } = errorCodeOf(error);
    row.message = { code, ...(detail ? { detail } : {}) };
    if (code === 'package-checksum') row.checksums = 'mismatch';
    return { row };
  }
}

/**
 * Reads every input into a row (docs/ROLLUP.md): nothing under the inputs is written, a damaged or
 * hostile input is a row with its message, a content seen before is marked `duplicateOf` the row
 * that first had it. Cancelling starts no further input and keeps the rows read so far.
 */
export async function runRollup(inputs: string[], options: RollupOptions): Promise<RollupRun> {
  const [{ inputs: files, skipped }, { inputs: earlierFiles }] = await Promise.all([
    expandInputs(inputs),
    expandInputs(options.earlier ?? []),
  ]);
  const rows: RollupRun['rows'] = [];
  const submissions = new Map<string, RollupSubmission>();
  const firstWith = new Map<string, string>();
  const total = files.length + earlierFiles.length;
  let done = 0;
  const step = () => options.onProgress?.({ done: ++done, total });
  const cancelled = (): RollupRun => ({ rows, passages: [], cancelled: true, submissions, skipped });
  options.onProgress?.({ done, total });
  // A few inputs at once: reading one mostly waits on the disk (unzip, write, read back).
  const read: Awaited<ReturnType<typeof readRow>>[] = [];
  let next = 0;
  const worker = async () => {
    while (next < files.length && !options.signal?.aborted) {
      const index = next++;
      read[index] = await readRow(`r${index + 1}`, files[index]!, options, submissions);
      step();
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_AT_ONCE, files.length) }, worker));
  // 重复 in input order, whatever order the reads finished in; a cancelled run keeps what it read.
  for (const { row, fullHash } of read.filter(Boolean)) {
    if (fullHash) {
      const first = firstWith.get(fullHash);
      if (first) row.duplicateOf = first;
      else firstWith.set(fullHash, row.id);
    }
    rows.push(row);
  }
  if (options.signal?.aborted) return cancelled();
  // Earlier years' texts only: read like the inputs, into their own work folders, never rows.
  const earlier: { source: string; field: string; text: string }[] = [];
  for (const [index, input] of earlierFiles.entries()) {
    if (options.signal?.aborted) return cancelled();
    const opened = await openInput(input, join(options.workDir, `earlier-${index + 1}`), options).catch(
      () => null,
    );
    if (opened)
      for (const { field, text } of textsOf(opened.draft))
        earlier.push({ source: input.source, field, text });
    step();
  }
  const counted = rows.filter((row) => !row.message && !row.duplicateOf);
  const texts = counted.flatMap((row) =>
    textsOf(submissions.get(row.id)!.draft).map(({ field, text }) => ({ row: row.id, field, text })),
  );
  const ignore = ignoredTexts(counted.map((row) => submissions.get(row.id)!));
  try {
    const passages = findSharedPassages(texts, {
      earlier,
      ignore,
      ...(options.signal ? { signal: options.signal } : {}),
    });
    return { rows, passages, cancelled: false, submissions, skipped };
  } catch (error) {
    if (options.signal?.aborted) return cancelled();
    throw error;
  }
}
