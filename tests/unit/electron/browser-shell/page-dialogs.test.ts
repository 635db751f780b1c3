import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DialogView } from '../../../../shared/dialog';
import { createPageDialogs } from '../../../../electron/browser-shell/page-dialogs';

const images = [{ name: 'JPG / PNG', extensions: ['jpg', 'png'] }];
const word = [{ name: 'Word', extensions: ['docx'] }];

let home: string;
let shown: DialogView[];

/** The dialogs with a page that records what it was asked to draw. */
function start() {
  const page = createPageDialogs({ home, dataDir: join(home, 'data'), platform: 'linux', user: 'nobody' });
  page.showIn(async (view) => void shown.push(view));
  return page;
}
/** What the user typed in 文件名, confirmed with Enter. */
const typeName = (page: ReturnType<typeof start>, session: string, name: string, replace = false) =>
  page.handlers['dialog:submit']({ session, name, selected: [], replace });
const lastShown = async (): Promise<DialogView> => {
  await expect.poll(() => shown.length).toBeGreaterThan(0);
  return shown.at(-1)!;
};

beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'page-dialogs-'));
  for (const dir of ['文档/报送', 'Desktop', 'data', '照片']) mkdirSync(join(home, dir), { recursive: true });
  writeFileSync(join(home, '照片', '现场.jpg'), 'jpg');
  writeFileSync(join(home, '照片', '检定.PNG'), 'png');
  writeFileSync(join(home, '照片', '说明.txt'), 'txt');
  writeFileSync(join(home, '照片', '.hidden.jpg'), 'hidden');
  shown = [];
});
afterEach(() => rmSync(home, { recursive: true, force: true }));

describe('the browser shell’s in-page dialogs', () => {
  it('start in 文档 and offer the places that exist, the data folder among them', async () => {
    const page = start();
    void page.dialogs.saveFile({ purpose: 'export', defaultName: '表.docx', filters: word });
    const view = await lastShown();
    expect(view.folder).toBe(join(home, '文档'));
    expect(view.name).toBe('表.docx');
    expect(view.places.map((place) => [place.kind, place.path])).toEqual([
      ['desktop', join(home, 'Desktop')],
      ['documents', join(home, '文档')],
      ['home', home],
      ['data', join(home, 'data')],
    ]);
  });

  it('list folders first, then only files of the kinds asked for, never hidden ones', async () => {
    const page = start();
    void page.dialogs.openFiles({ purpose: 'attachment', filters: images, multiple: true });
    const { session } = await lastShown();
    const view = await page.handlers['dialog:navigate']({ session, to: { up: true } });
    expect(view.entries.map((entry) => entry.name)).toEqual(['文档', '照片', 'data', 'Desktop']);
    const photos = await page.handlers['dialog:navigate']({ session, to: { entry: '照片' } });
    expect(photos.entries.map((entry) => entry.name)).toEqual(['检定.PNG', '现场.jpg']);
  });

  it('give the service only entries it listed, several when several are asked for', async () => {
    const page = start();
    const chosen = page.dialogs.openFiles({ purpose: 'attachment', filters: images, multiple: true });
    const { session } = await lastShown();
    await page.handlers['dialog:navigate']({ session, to: { up: true } });
    await page.handlers['dialog:navigate']({ session, to: { entry: '照片' } });
    const answer = await page.handlers['dialog:submit']({
      session,
      name: '',
      selected: ['现场.jpg', '检定.PNG', '../../etc/passwd'],
      replace: false,
    });
    expect(answer).toEqual({ done: true });
    expect(await chosen).toEqual([join(home, '照片', '现场.jpg'), join(home, '照片', '检定.PNG')]);
  });

  it('refuse a made-up entry or place, and a session that is not open', async () => {
    const page = start();
    void page.dialogs.openFiles({ purpose: 'package', filters: [], multiple: false });
    const { session } = await lastShown();
    await expect(page.handlers['dialog:navigate']({ session, to: { entry: '..' } })).rejects.toThrow(
      'not-found',
    );
    await expect(page.handlers['dialog:navigate']({ session, to: { place: '/etc' } })).rejects.toThrow(
      'not-found',
    );
    await page.handlers['dialog:cancel']({ session });
    await expect(page.handlers['dialog:navigate']({ session, to: { up: true } })).rejects.toThrow(
      'not-found',
    );
  });

  it('take a whole path in 文件名, add the extension, and say when its folder does not exist', async () => {
    const page = start();
    const saved = page.dialogs.saveFile({ purpose: 'export', defaultName: '表.docx', filters: word });
    const { session } = await lastShown();
    const missing = join(home, '没有这个文件夹', '表.docx');
    const refused = await typeName(page, session, missing);
    expect(refused).toMatchObject({
      done: false,
      view: { name: missing, problem: { code: 'folder-missing', detail: join(home, '没有这个文件夹') } },
    });
    const whole = join(home, '文档', '报送', '第二版');
    expect(await typeName(page, session, whole)).toEqual({
      done: true,
    });
    expect(await saved).toBe(`${whole}.docx`);
  });

  it('go into a folder typed in 文件名, and ask before replacing a file', async () => {
    const page = start();
    writeFileSync(join(home, '文档', '报送', '表.docx'), 'old');
    const saved = page.dialogs.saveFile({ purpose: 'export', defaultName: '表.docx', filters: word });
    const { session } = await lastShown();
    const moved = await typeName(page, session, '~/文档/报送');
    expect(moved).toMatchObject({
      done: false,
      view: { folder: join(home, '文档', '报送'), name: '表.docx' },
    });
    const exists = await typeName(page, session, '表.docx');
    expect(exists).toMatchObject({ done: false, view: { problem: { code: 'exists', detail: '表.docx' } } });
    await typeName(page, session, '表.docx', true);
    expect(await saved).toBe(join(home, '文档', '报送', '表.docx'));
  });

  it.skipIf(process.getuid?.() === 0)(
    'say a folder cannot be written to (as root every folder can)',
    async () => {
      const page = start();
      const locked = join(home, '只读');
      mkdirSync(locked);
      chmodSync(locked, 0o555);
      void page.dialogs.saveFile({ purpose: 'export', defaultName: '表.docx', filters: word });
      const { session } = await lastShown();
      const refused = await page.handlers['dialog:submit']({
        session,
        name: join(locked, '表.docx'),
        selected: [],
        replace: false,
      });
      expect(refused).toMatchObject({
        done: false,
        view: { problem: { code: 'read-only', detail: locked } },
      });
    },
  );

  it('answer a queued path through the same checks, showing a refused one in the page', async () => {
    const page = start();
    page.queue(join(home, '照片', '现场.jpg'));
    expect(await page.dialogs.openFiles({ purpose: 'attachment', filters: images, multiple: false })).toEqual(
      [join(home, '照片', '现场.jpg')],
    );
    expect(shown).toEqual([]);
    page.queue(join(home, '不存在', 'x.docx'));
    void page.dialogs.saveFile({ purpose: 'export', defaultName: 'x.docx', filters: word });
    expect((await lastShown()).problem).toEqual({ code: 'folder-missing', detail: join(home, '不存在') });
    page.queue(null);
    expect(
      await page.dialogs.saveFile({ purpose: 'export', defaultName: 'y.docx', filters: word }),
    ).toBeNull();
  });

  it('start the next dialog where the last one chose, and cancel an open one when the page goes', async () => {
    const page = start();
    page.queue(join(home, '照片', '现场.jpg'));
    await page.dialogs.openFiles({ purpose: 'attachment', filters: images, multiple: false });
    const next = page.dialogs.saveFile({ purpose: 'export', defaultName: 'x.docx', filters: word });
    expect((await lastShown()).folder).toBe(join(home, '照片'));
    page.cancelOpen();
    expect(await next).toBeNull();
    rmSync(join(home, '照片'), { recursive: true });
    void page.dialogs.saveFile({ purpose: 'export', defaultName: 'x.docx', filters: word });
    await expect.poll(() => shown.at(-1)?.folder).toBe(join(home, '文档'));
  });

  it('say so when the folder shown is removed under the dialog, and carry on from the data folder', async () => {
    const page = start();
    const saved = page.dialogs.saveFile({ purpose: 'export', defaultName: '表.docx', filters: word });
    const { session } = await lastShown();
    rmSync(join(home, '文档'), { recursive: true });
    const refused = await typeName(page, session, '表.docx');
    expect(refused).toMatchObject({
      done: false,
      view: { folder: join(home, 'data'), problem: { code: 'folder-missing', detail: join(home, '文档') } },
    });
    await page.handlers['dialog:cancel']({ session });
    expect(await saved).toBeNull();
  });

  it('choose a folder: the one shown, or one typed', async () => {
    const page = start();
    const chosen = page.dialogs.chooseFolder({ purpose: 'export' });
    const { session } = await lastShown();
    expect(await typeName(page, session, '报送')).toEqual({
      done: true,
    });
    expect(await chosen).toBe(join(home, '文档', '报送'));
  });

  it('only locate what the app asks to open: there is no desktop to hand it to', async () => {
    const page = start();
    expect(await page.dialogs.reveal('/out/x.docx', 'folder')).toBe('located');
    expect(page.revealed).toEqual([{ path: '/out/x.docx', what: 'folder' }]);
  });
});
