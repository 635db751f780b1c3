import { errorCodeOf, type ErrorCode } from '../../shared/errors';

const resolved = Symbol('resolved');

/**
 * The error code a service call fails with, mapped as the IPC dispatcher maps it for the user
 * (a DeskError's code, or a disk error's). A call that succeeds fails the test.
 */
export async function failure(promise: Promise<unknown>): Promise<{ code: ErrorCode; detail?: string }> {
  const error = await promise.then(
    () => resolved,
    (e: unknown) => e,
  );
  if (error === resolved) throw new Error('expected the call to fail, but it succeeded');
  return errorCodeOf(error);
}
