import { MAX_DRAFT_CHARS } from '../../shared/draft';
import { errorCodeOf, type Result } from '../../shared/errors';
import { channels, isChannel, type Handlers } from '../../shared/ipc';

/**
 * Larger payloads are refused before parsing. The biggest legitimate one is a draft as large as a
 * package may bring (`MAX_DRAFT_CHARS`), so whatever import accepted can be saved again; the
 * margin is the request around it.
 */
export const MAX_PAYLOAD_CHARS = MAX_DRAFT_CHARS + 1024 * 1024;

function describeIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  return issues
    .slice(0, 3)
    .map((issue) => `${issue.path.map(String).join('.') || '(request)'}: ${issue.message}`)
    .join('; ');
}

/**
 * About as many characters as `JSON.stringify(payload)` would make, counted without making them:
 * the walk stops as soon as `budget` is passed, so a 400 MB payload costs no copy and no time.
 * `undefined` for what is not plain data (a cycle, a BigInt, nesting too deep to walk).
 */
export function payloadSize(payload: unknown, budget = MAX_PAYLOAD_CHARS): number | undefined {
  let size = 0;
  const path = new Set<object>();
  const walk = (value: unknown): void => {
    if (size > budget) return;
    switch (typeof value) {
      case 'string':
        size += value.length + 2;
        return;
      case 'number':
      case 'boolean':
        size += String(value).length;
        return;
      case 'bigint':
        throw new TypeError('BigInt');
      case 'undefined':
      case 'function':
      case 'symbol':
        size += 4;
        return;
    }
    if (value === null) {
      size += 4;
      return;
    }
    const object = value as object;
    if (path.has(object)) throw new TypeError('cycle');
    if (typeof (object as { toJSON?: unknown }).toJSON === 'function') {
      size += JSON.stringify(object)?.length ?? 0;
      return;
    }
    path.add(object);
    if (Array.isArray(object)) {
      size += 2 + object.length;
      for (const item of object as unknown[]) {
        walk(item);
        if (size > budget) break;
      }
    } else {
      size += 2;
      for (const key of Object.keys(object)) {
        size += key.length + 4;
        walk((object as Record<string, unknown>)[key]);
        if (size > budget) break;
      }
    }
    path.delete(object);
  };
  try {
    walk(payload);
  } catch {
    return undefined;
  }
  return size;
}

/**
 * The one guarded entry to the services, used by Electron's IPC and the browser shell's bridge
 * alike: it checks the channel, parses the payload with the contract's schema and turns every
 * failure into a typed result. It never throws, so one bad call cannot take main down.
 */
export async function dispatch(
  handlers: Handlers,
  channel: unknown,
  payload: unknown,
): Promise<Result<unknown>> {
  if (!isChannel(channel))
    return { ok: false, code: 'unknown-channel', detail: String(channel).slice(0, 100) };
  const size = payloadSize(payload);
  if (size === undefined) return { ok: false, code: 'invalid-request', detail: 'payload is not plain data' };
  if (size > MAX_PAYLOAD_CHARS)
    return { ok: false, code: 'invalid-request', detail: `payload of ${size} characters` };
  const parsed = channels[channel].request.safeParse(payload ?? {});
  if (!parsed.success)
    return { ok: false, code: 'invalid-request', detail: describeIssues(parsed.error.issues) };
  try {
    const handler = handlers[channel] as (request: unknown) => Promise<unknown>;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    return { ok: false, ...errorCodeOf(error) };
  }
}
