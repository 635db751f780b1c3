import { errorCodeOf, type Result } from '../../shared/errors';
import { channels, isChannel, type Handlers } from '../../shared/ipc';

/** Larger payloads are refused before parsing: the biggest legitimate one is a 2 MB signature. */
export const MAX_PAYLOAD_CHARS = 8 * 1024 * 1024;

function describeIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  return issues
    .slice(0, 3)
    .map((issue) => `${issue.path.map(String).join('.') || '(request)'}: ${issue.message}`)
    .join('; ');
}

function payloadSize(payload: unknown): number | undefined {
  try {
    return JSON.stringify(payload)?.length ?? 0;
  } catch {
    return undefined;
  }
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
