import { startServices } from '../lib/services';
import { textOf } from '../../../shared/draft';

/**
 * A main process that does one kind of write over and over until it is SIGKILLed. Before each
 * operation it prints `begin N`, after the operation was acknowledged `done N <detail>`, so the
 * parent knows which results were promised to the user when the kill came.
 *
 *   writer <data-dir> save|snapshot|import|package|docx <draft-id> [<package or export path>]
 */
const [dataDir, operation, id, path] = process.argv.slice(2) as [string, string, string, string?];
/** Seven hours a save: every save snapshots, and the snapshots span days, so thinning runs too. */
const SNAPSHOT_STEP_MS = 7 * 3600_000;
let seq = 0;
const clock =
  operation === 'snapshot' ? () => new Date(Date.UTC(2021, 11, 1) + seq * SNAPSHOT_STEP_MS) : undefined;
const services = startServices(dataDir, clock);
const { dialogs, value } = services;
if (path) {
  dialogs.alwaysOpen = [path];
  dialogs.alwaysSave = path;
}
const draft = await value('drafts:load', { id });
seq = Number(textOf(draft, 'summary')) || 0;
const padding = '计量创新'.repeat(3000);

const operations: Record<string, () => Promise<string>> = {
  async save() {
    await value('drafts:save', {
      draft: { ...draft, values: { ...draft.values, summary: String(seq), background: padding } },
    });
    return '';
  },
  async snapshot() {
    return operations.save!();
  },
  async import() {
    return (await value('drafts:importPackage', {})).id;
  },
  async package() {
    return (await value('drafts:exportPackage', { id })).file;
  },
  async docx() {
    // Unchanged content keeps its number, so each round exports new content (never seen by an
    // earlier child either) to get a new record; the parts' text stays as the parent checks it.
    const contact = `${process.pid}-${seq}`;
    await value('drafts:save', { draft: { ...draft, values: { ...draft.values, contact } } });
    return String((await value('export:docx', { id })).number);
  },
};
const run = operations[operation];
if (!run) throw new Error(`unknown operation ${operation}`);
for (;;) {
  seq += 1;
  process.stdout.write(`begin ${seq}\n`);
  const detail = await run();
  process.stdout.write(`done ${seq} ${detail}\n`);
}
