import { DraftRepository } from '../../../../../../electron/services/drafts/repository';
import { textOf } from '../../../../../../shared/draft';

/**
 * Autosaves one draft as fast as it can until killed. Before each save it prints `saving N`,
 * after the save resolved `saved N`, so the parent knows which versions were acknowledged.
 * The clock jumps six minutes per save so that every save also takes a snapshot.
 */
const [dataDir, id] = process.argv.slice(2) as [string, string];
let seq = 0;
const repo = await new DraftRepository(
  dataDir,
  () => new Date(Date.UTC(2021, 11, 20) + seq * 360_000),
).open();
const draft = await repo.load(id);
seq = Number(textOf(draft, 'summary'));
const padding = '计量'.repeat(5000);
for (;;) {
  seq += 1;
  process.stdout.write(`saving ${seq}\n`);
  await repo.save({ ...draft, values: { ...draft.values, summary: String(seq), background: padding } });
  process.stdout.write(`saved ${seq}\n`);
}
