import { randomUUID } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import type { DialogMode, DialogProblem, DialogPurpose, DialogView } from '../../shared/dialog';
import { DeskError } from '../../shared/errors';
import type { HandlersOf, ParsedRequestOf } from '../../shared/ipc';
import type { Dialogs } from '../services/context';
import { canRead, canWrite, kindOf, listFolder, typedPath, withExtension, type Filters } from './folder';
import { dialogPlaces, type PlaceEnv } from './places';

/** What a test answers the next dialog with, as if typed in 文件名: paths, one path, or null to cancel. */
export type DialogAnswer = string | string[] | null;

interface Session {
  id: string;
  mode: DialogMode;
  purpose: DialogPurpose;
  multiple: boolean;
  filters: Filters;
  defaultName: string;
  folder: string;
  /** What the page was last shown: its entries are all the page may pick from. */
  view: DialogView;
  finish: (paths: string[] | null) => void;
}
type SessionOf = Omit<Session, 'folder' | 'view'>;

/** What an action came to: the paths chosen, or the dialog shown again (another folder, or why not). */
type Outcome = { paths: string[] } | { view: DialogView };
type Problem = { code: DialogProblem; detail?: string };

/**
 * The browser shell's file dialogs (docs/ARCHITECTURE.md): drawn in the page, held here. Each dialog is a
 * session that knows its folder and what it listed; the page moves through it and hands back
 * what the user picked or typed, which is checked here before any service sees a path.
 */
export function createPageDialogs(env: PlaceEnv) {
  let current: Session | undefined;
  // Until a page is there to draw in, a dialog has no one to answer it: it counts as cancelled.
  let show: (view: DialogView) => Promise<void> = async () => void (current && finish(current, null));
  let lastFolder: string | undefined;
  const queue: DialogAnswer[] = [];
  const revealed: { path: string; what: 'file' | 'folder' }[] = [];
  const places = () => dialogPlaces(env);

  async function compose(session: SessionOf, folder: string, name: string, problem?: Problem) {
    const listed = await listFolder(folder, session.mode, session.filters);
    return {
      session: session.id,
      mode: session.mode,
      purpose: session.purpose,
      multiple: session.multiple,
      folder,
      canGoUp: dirname(folder) !== folder,
      ...listed,
      places: places(),
      filters: session.filters,
      name,
      ...(problem ? { problem } : {}),
    } satisfies DialogView;
  }

  async function view(session: Session, folder: string, name: string, problem?: Problem) {
    session.view = await compose(session, folder, name, problem);
    session.folder = folder;
    return session.view;
  }

  /** Where a dialog opens: where the last one chose, else 文档, else home, else the data folder. */
  async function startFolder(): Promise<string> {
    const candidates = [lastFolder, places().find((place) => place.kind === 'documents')?.path, env.home];
    for (const folder of candidates)
      if (folder && (await kindOf(folder)) === 'folder' && (await canRead(folder))) return folder;
    return env.dataDir;
  }

  /** Shows another folder; one that cannot be read leaves the dialog where it was, saying why. */
  async function move(session: Session, folder: string, name = session.view.name): Promise<DialogView> {
    if ((await kindOf(folder)) !== 'folder')
      return refuse(session, { code: 'folder-missing', detail: folder });
    try {
      return await view(session, folder, name);
    } catch {
      return refuse(session, { code: 'unreadable', detail: folder });
    }
  }

  /** Says why not, in the folder shown; should that folder be gone too, from the data folder. */
  const refuse = (session: Session, problem: Problem, name = session.view.name) =>
    view(session, session.folder, name, problem).catch(() => view(session, env.dataDir, name, problem));

  function finish(session: Session, paths: string[] | null): void {
    if (current === session) current = undefined;
    if (paths?.[0]) lastFolder = session.mode === 'folder' ? paths[0] : dirname(paths[0]);
    session.finish(paths);
  }

  async function save(session: Session, typed: string, replace: boolean): Promise<Outcome> {
    if (typed.trim() === '') return { view: await refuse(session, { code: 'name-missing' }, '') };
    const path = typedPath(typed, session.folder, env.home);
    if ((await kindOf(path)) === 'folder') return { view: await move(session, path, session.defaultName) };
    const target = withExtension(path, session.filters);
    const folder = dirname(target);
    const folderKind = await kindOf(folder);
    const problem: Problem | undefined =
      folderKind === undefined
        ? { code: 'folder-missing', detail: folder }
        : folderKind === 'file'
          ? { code: 'not-a-folder', detail: folder }
          : !(await canWrite(folder))
            ? { code: 'read-only', detail: folder }
            : (await kindOf(target)) && !replace
              ? { code: 'exists', detail: basename(target) }
              : undefined;
    if (problem) return { view: await refuse(session, problem, typed) };
    return { paths: [target] };
  }

  async function open(session: Session, typed: string, selected: string[]): Promise<Outcome> {
    const picked = selected.length === 1 && selected[0] === typed.trim();
    if (typed.trim() !== '' && !picked) {
      const path = typedPath(typed, session.folder, env.home);
      const kind = await kindOf(path);
      if (kind === 'folder' && session.mode === 'open') return { view: await move(session, path, '') };
      if (session.mode === 'folder')
        return kind === 'folder'
          ? { paths: [path] }
          : { view: await refuse(session, { code: 'folder-missing', detail: path }, typed) };
      if (kind !== 'file')
        return { view: await refuse(session, { code: 'file-missing', detail: typed.trim() }, typed) };
      if (!(await canRead(path)))
        return { view: await refuse(session, { code: 'unreadable', detail: path }, typed) };
      return { paths: [path] };
    }
    const listed = new Map(session.view.entries.map((entry) => [entry.name, entry.kind]));
    const known = selected.filter((name) => listed.has(name));
    if (session.mode === 'folder')
      return { paths: [known[0] ? join(session.folder, known[0]) : session.folder] };
    const [only] = known;
    if (known.length === 1 && only && listed.get(only) === 'folder')
      return { view: await move(session, join(session.folder, only), '') };
    const files = known
      .filter((name) => listed.get(name) === 'file')
      .map((name) => join(session.folder, name));
    if (files.length === 0) return { view: await refuse(session, { code: 'nothing-selected' }) };
    return { paths: session.multiple ? files : files.slice(0, 1) };
  }

  async function submit(
    session: Session,
    request: { name: string; selected: string[]; replace: boolean },
  ): Promise<Outcome> {
    return session.mode === 'save'
      ? save(session, request.name, request.replace)
      : open(session, request.name, request.selected);
  }

  /** A test's queued answer goes through the same checks as typing it; a refused one stays on screen. */
  async function answerFromQueue(session: Session, answer: DialogAnswer): Promise<void> {
    if (answer === null) return void finish(session, null);
    const paths = [answer].flat();
    const chosen: string[] = [];
    for (const path of paths) {
      const outcome = await submit(session, { name: path, selected: [], replace: true });
      if ('view' in outcome) return show(outcome.view);
      chosen.push(...outcome.paths);
    }
    finish(session, session.multiple ? chosen : chosen.slice(0, 1));
  }

  async function ask(
    mode: DialogMode,
    purpose: DialogPurpose,
    filters: Filters,
    multiple: boolean,
    name = '',
  ) {
    if (current) finish(current, null);
    let resolve: (paths: string[] | null) => void = () => undefined;
    const chosen = new Promise<string[] | null>((done) => (resolve = done));
    const base: SessionOf = {
      id: randomUUID(),
      mode,
      purpose,
      multiple,
      filters,
      defaultName: name,
      finish: resolve,
    };
    const folder = await startFolder();
    const session: Session = { ...base, folder, view: await compose(base, folder, name) };
    current = session;
    const answer = queue.shift();
    if (answer !== undefined) await answerFromQueue(session, answer);
    else await show(session.view);
    return chosen;
  }

  const sessionOf = (id: string): Session => {
    if (!current || current.id !== id) throw new DeskError('not-found', 'dialog');
    return current;
  };

  const dialogs: Dialogs = {
    async openFiles({ purpose, filters, multiple }) {
      return (await ask('open', purpose, filters, multiple)) ?? [];
    },
    async saveFile({ purpose, defaultName, filters }) {
      return (await ask('save', purpose, filters, false, defaultName))?.[0] ?? null;
    },
    async chooseFolder({ purpose }) {
      return (await ask('folder', purpose, [], false))?.[0] ?? null;
    },
    async reveal(path, what) {
      revealed.push({ path, what });
      return 'located';
    },
  };

  type Request<C extends 'dialog:navigate' | 'dialog:submit'> = ParsedRequestOf<C>;
  const handlers: HandlersOf<'dialog'> = {
    'dialog:navigate': async ({ session: id, to }: Request<'dialog:navigate'>) => {
      const session = sessionOf(id);
      if ('up' in to) return move(session, dirname(session.folder));
      if ('place' in to) {
        const place = session.view.places.find((candidate) => candidate.id === to.place);
        if (!place) throw new DeskError('not-found', to.place);
        return move(session, place.path);
      }
      const entry = session.view.entries.find((candidate) => candidate.name === to.entry);
      if (entry?.kind !== 'folder') throw new DeskError('not-found', to.entry);
      return move(session, join(session.folder, entry.name));
    },
    'dialog:submit': async ({ session: id, ...request }: Request<'dialog:submit'>) => {
      const session = sessionOf(id);
      const outcome = await submit(session, request);
      if ('view' in outcome) return { done: false as const, view: outcome.view };
      finish(session, outcome.paths);
      return { done: true as const };
    },
    'dialog:cancel': async ({ session: id }) => {
      finish(sessionOf(id), null);
      return { done: true };
    },
  };

  return {
    dialogs,
    handlers,
    /** Where dialogs are drawn: the app's page, once it exists. */
    showIn: (next: typeof show) => void (show = next),
    /** The page went away (reload, close): the open dialog counts as cancelled. */
    cancelOpen: () => void (current && finish(current, null)),
    /** Queues the answer to the next dialog. */
    queue: (answer: DialogAnswer) => void queue.push(answer),
    /** What the app asked to open or show (file / folder), newest last. */
    revealed,
  };
}
export type PageDialogs = ReturnType<typeof createPageDialogs>;
