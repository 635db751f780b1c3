import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { registerForm, type FormDefinition } from '../../../shared/forms';
import { FORMS_GLOBAL } from '../../../shared/forms/handover';

/**
 * Forms modules (docs/ARCHITECTURE.md, "Forms modules"): a module exporting `forms`, a list of
 * definitions made with `defineForm`, that the command line and the browser shell register at
 * start — the hook through which a test (or an extension being tried out) adds a form without
 * changing the app's files. The built-in forms are registered in `shared/forms/index.ts`.
 */
export const FORMS_MODULE_ENV = 'DESK_FORMS_MODULE';

/** The module bundled on its own, with whatever it imports, for `platform`. */
async function bundle(path: string, platform: 'node' | 'browser'): Promise<string> {
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [path],
    bundle: true,
    write: false,
    platform,
    format: platform === 'node' ? 'esm' : 'iife',
    target: 'es2022',
    // The renderer's copy hands the forms over to the app's registry, which runs after it.
    ...(platform === 'browser'
      ? {
          globalName: '__deskFormsModule',
          footer: { js: `globalThis.${FORMS_GLOBAL} = __deskFormsModule.forms;` },
        }
      : {}),
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

function formsOf(path: string, module: unknown): FormDefinition[] {
  const forms = (module as { forms?: unknown }).forms;
  if (!Array.isArray(forms))
    throw new Error(`${path}: a forms module exports \`forms\`, a list of form definitions`);
  return forms as FormDefinition[];
}

const loaded = new Set<string>();

/**
 * Registers the forms of the module at `path` (by default the one `DESK_FORMS_MODULE` names) in
 * this process. It is bundled first, so a TypeScript module loads the same under tsx and node.
 * Returns the module's resolved path, or undefined when none is named.
 */
export async function loadFormsModule(path = process.env[FORMS_MODULE_ENV]): Promise<string | undefined> {
  if (!path) return undefined;
  const absolute = resolve(path);
  // Loaded once per process: the shell started again (a restart) finds its forms registered.
  if (loaded.has(absolute)) return absolute;
  loaded.add(absolute);
  const dir = await mkdtemp(join(tmpdir(), 'desk-forms-'));
  try {
    const file = join(dir, 'forms.mjs');
    await writeFile(file, await bundle(absolute, 'node'), 'utf8');
    for (const form of formsOf(absolute, await import(pathToFileURL(file).href))) registerForm(form);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return absolute;
}

/** The module as a classic script for the renderer, to run before the app's own script. */
export function formsScript(path: string): Promise<string> {
  return bundle(path, 'browser');
}
