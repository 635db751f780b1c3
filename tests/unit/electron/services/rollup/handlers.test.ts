import { existsSync } from 'node:fs';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Dialogs, ServiceContext } from '../../../../../electron/services/context';
import { parseDraftText } from '../../../../../electron/services/drafts/format';
import { createHandlers } from '../../../../../electron/services/index';
import { rollupWorkDir } from '../../../../../electron/services/rollup/handlers';
import { createServiceContext } from '../../../../../electron/services/setup';
import type { EventOf, Handlers } from '../../../../../shared/ipc';
import { treeOf } from '../../../../faults/lib/disk';
import { failure } from '../../../../support/failure';
import { FIXTURES } from '../export/docx-files';

/**
 * The `rollup:` channels over a folder of sample drafts: main asks for the folder, reads it without
 * writing to it, keeps the run for opening rows and exporting, runs one at a time, and a cancelled
 * run keeps nothing.
 */
interface World {
  dataDir: string;
  inputs: string;
  out: string;
  handlers: Handlers;
  context: ServiceContext;
  progress: EventOf<'rollup:progress'>[];
  /** The next folder dialog's answer; a promise holds the dialog open until it settles. */
  folders: (string | null | Promise<string | null>)[];
  /** What each folder dialog was for, in order. */
  asked: string[];
  saves: (string | null)[];
  onProgress: (progress: EventOf<'rollup:progress'>) => void;
}

let world: World;

beforeEach(async () => {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'rollup-data-'));
  const inputs = await mkdtemp(path.join(tmpdir(), 'rollup-inputs-'));
  const out = await mkdtemp(path.join(tmpdir(), 'rollup-out-'));
  for (const name of ['case-full', 'material-full', 'case-unfinished'])
    await cp(path.join(FIXTURES, name), path.join(inputs, name), { recursive: true });
  // The same content sent twice, and a file that is no package at all.
  await cp(path.join(FIXTURES, 'case-full'), path.join(inputs, 'z-case-again'), { recursive: true });
  await writeFile(path.join(inputs, 'broken.zip'), 'not a zip');
  const folders: World['folders'] = [];
  const asked: string[] = [];
  const saves: World['saves'] = [];
  const dialogs: Dialogs = {
    openFiles: async () => [],
    saveFile: async () => saves.shift() ?? null,
    chooseFolder: async ({ purpose }) => {
      asked.push(purpose);
      return (await folders.shift()) ?? null;
    },
    reveal: async () => 'opened',
  };
  const progress: World['progress'] = [];
  const partial: Omit<World, 'handlers' | 'context'> = {
    dataDir,
    inputs,
    out,
    progress,
    folders,
    asked,
    saves,
    onProgress: () => undefined,
  };
  const context = createServiceContext({
    dataDir,
    host: 'browser-shell',
    appVersion: 'test',
    dialogs,
    createStore: () => ({ store: {} }),
    onFlushed: () => undefined,
    send: (event, payload) => {
      if (event !== 'rollup:progress') return;
      const counted = payload as EventOf<'rollup:progress'>;
      progress.push(counted);
      world.onProgress(counted);
    },
  });
  world = { ...partial, context, handlers: createHandlers(context) };
});

afterEach(async () => {
  world.context.lifetime.quit();
  for (const dir of [world.dataDir, world.inputs, world.out]) await rm(dir, { recursive: true, force: true });
});

const run = () => world.handlers['rollup:run']({ what: 'folder' });

describe('rollup: channels', () => {
  it('rolls up the folder main asked for, counting as it reads, and writes nothing there', async () => {
    const before = await treeOf(world.inputs);
    world.folders.push(world.inputs);
    const result = await run();
    expect(result.cancelled).toBe(false);
    expect(result.rows.map((row) => row.source)).toEqual([
      'broken.zip',
      'case-full',
      'case-unfinished',
      'material-full',
      'z-case-again',
    ]);
    const [broken, full, , , again] = result.rows;
    expect(broken!.message).toBeDefined();
    expect(again!.duplicateOf).toBe(full!.id);
    expect(world.progress.at(0)).toEqual({ done: 0, total: 5 });
    expect(world.progress.at(-1)).toEqual({ done: 5, total: 5 });
    expect(await treeOf(world.inputs)).toEqual(before);
  });

  it('opens a row read-only and renders its pages from the run it keeps', async () => {
    world.folders.push(world.inputs);
    const { rows } = await run();
    const full = rows.find((row) => row.source === 'case-full')!;
    const { draft } = await world.handlers['rollup:submission']({ row: full.id });
    const fixture = parseDraftText(await readFile(path.join(FIXTURES, 'case-full', 'draft.json'), 'utf8'));
    expect(draft.values).toEqual(fixture.values);
    // The pages LibreOffice prints are the export's own (delivery:pages); here the form alone.
    const { docx, pages } = await world.handlers['rollup:pages']({ row: full.id, withPages: false });
    expect(pages).toEqual([]);
    expect(Buffer.from(docx, 'base64').subarray(0, 2).toString()).toBe('PK');
    const broken = rows.find((row) => row.message)!;
    expect(await failure(world.handlers['rollup:submission']({ row: broken.id }))).toMatchObject({
      code: 'not-found',
    });
  });

  it('exports the table and one unit’s 问题清单 where the user chose', async () => {
    world.folders.push(world.inputs);
    const { rows } = await run();
    const xlsx = path.join(world.out, '汇总表.xlsx');
    const docx = path.join(world.out, '汇总表.docx');
    const issues = path.join(world.out, '问题清单.xlsx');
    world.saves.push(xlsx, docx, issues);
    expect(await world.handlers['rollup:exportXlsx']({})).toEqual({ file: xlsx });
    expect(await world.handlers['rollup:exportDocx']({})).toEqual({ file: docx });
    const unit = rows.find((row) => row.unit)!.unit!;
    expect(await world.handlers['rollup:exportIssues']({ unit })).toEqual({ file: issues });
    for (const file of [xlsx, docx, issues])
      expect((await readFile(file)).subarray(0, 2).toString()).toBe('PK');
    expect(await failure(world.handlers['rollup:exportIssues']({ unit: '没有这个单位' }))).toMatchObject({
      code: 'not-found',
    });
  });

  it('answers rollup-none before any run, and cancelled when the dialog is closed', async () => {
    expect(await failure(world.handlers['rollup:exportXlsx']({}))).toMatchObject({ code: 'rollup-none' });
    expect(await failure(world.handlers['rollup:pages']({ row: 'r1', withPages: false }))).toMatchObject({
      code: 'rollup-none',
    });
    world.folders.push(null);
    expect(await failure(run())).toMatchObject({ code: 'cancelled' });
  });

  it('with earlier years, asks for their folder after the inputs; closing that dialog cancels the run', async () => {
    world.folders.push(world.inputs, null);
    expect(await failure(world.handlers['rollup:run']({ what: 'folder', earlier: true }))).toMatchObject({
      code: 'cancelled',
    });
    expect(world.asked).toEqual(['rollup', 'earlier']);
    const earlier = await mkdtemp(path.join(tmpdir(), 'rollup-earlier-'));
    try {
      world.folders.push(world.inputs, earlier);
      const result = await world.handlers['rollup:run']({ what: 'folder', earlier: true });
      expect(result.rows).toHaveLength(5);
      expect(world.asked).toEqual(['rollup', 'earlier', 'rollup', 'earlier']);
    } finally {
      await rm(earlier, { recursive: true, force: true });
    }
  });

  it('runs one roll-up at a time', async () => {
    let answer: (folder: string) => void = () => undefined;
    world.folders.push(new Promise<string>((resolve) => (answer = resolve)));
    const first = run();
    expect(await failure(run())).toMatchObject({ code: 'rollup-running' });
    answer(world.inputs);
    expect((await first).rows).toHaveLength(5);
  });

  it('a cancelled run keeps nothing: no result, nothing unpacked', async () => {
    world.folders.push(world.inputs);
    world.onProgress = ({ done }) => {
      if (done === 0) void world.handlers['rollup:cancel']({});
    };
    const result = await run();
    expect(result).toEqual({ rows: [], passages: [], cancelled: true });
    expect(existsSync(rollupWorkDir(world.dataDir))).toBe(false);
    expect(await failure(world.handlers['rollup:exportXlsx']({}))).toMatchObject({ code: 'rollup-none' });
  });

  it('what a run unpacked goes when the next run starts, and when the app quits', async () => {
    const work = rollupWorkDir(world.dataDir);
    await cp(path.join(FIXTURES, 'case-full'), path.join(world.inputs, 'sub', 'case-full'), {
      recursive: true,
    });
    world.folders.push(world.inputs);
    await run();
    await writeFile(path.join(work, 'left-over'), 'x');
    world.folders.push(world.inputs);
    await run();
    expect(await readdir(work)).not.toContain('left-over');
    world.context.lifetime.quit();
    expect(existsSync(work)).toBe(false);
  });
});
