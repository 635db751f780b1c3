import type { Plugin, Rolldown } from 'vite';

type OutputBundle = Rolldown.OutputBundle;
type OutputChunk = Rolldown.OutputChunk;

/**
 * V8's explicit compile hint: a file that starts with it has all its functions compiled up front
 * (on a background thread while the browser streams the file in) instead of one by one on the main
 * thread the first time each is called. For the home screen that was half its script time before
 * the first frame. Chromium 136+, so Electron 36+.
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** The chunks a page loads before it runs: the entries and what they import statically, in turn. */
function initialChunks(bundle: OutputBundle): OutputChunk[] {
  const chunks = new Map(
    Object.values(bundle).flatMap((file) => (file.type === 'chunk' ? [[file.fileName, file] as const] : [])),
  );
  const initial = new Set<OutputChunk>();
  const visit = (chunk: OutputChunk | undefined) => {
    if (!chunk || initial.has(chunk)) return;
    initial.add(chunk);
    for (const file of chunk.imports) visit(chunks.get(file));
  };
  for (const chunk of chunks.values()) if (chunk.isEntry) visit(chunk);
  return [...initial];
}

/**
 * Marks the initial chunks with the compile hint. Lazy chunks (the wizard, OpenCC's dictionaries)
 * stay lazily compiled: most of their functions are not called when they load. Runs after Vite's
 * own output hooks, which put their preload map at the top of a chunk, since the hint only counts
 * before the first statement.
 */
export function compileHints(): Plugin {
  return {
    name: 'submission-desk:compile-hints',
    apply: 'build',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const chunk of initialChunks(bundle)) chunk.code = `${COMPILE_HINT}\n${chunk.code}`;
      },
    },
  };
}
