import type * as Fs from 'node:fs';
import type * as FsPromises from 'node:fs/promises';

/**
 * A full disk or a read-only folder injected into `node:fs` and `node:fs/promises`, for machines
 * where a small tmpfs cannot be mounted. Only paths under `faults.root` are affected. On a full
 * disk a write stores what still fits and then fails with ENOSPC, as a real file system does.
 * Installed with `vi.mock`; it passes everything through while `faults.mode` is 'off'.
 */
export const faults = {
  root: null as string | null,
  mode: 'off' as 'off' | 'full' | 'read-only',
  /** Bytes still free while the disk is full. */
  budget: 0,
};

type PathLike = Fs.PathLike | FsPromises.FileHandle;

function affected(path: PathLike): boolean {
  return (
    faults.mode !== 'off' &&
    faults.root !== null &&
    typeof path !== 'object' &&
    String(path).startsWith(faults.root)
  );
}

const MESSAGES = {
  ENOSPC: 'no space left on device',
  EROFS: 'read-only file system',
  ENOENT: 'no such file or directory',
};

function errno(code: keyof typeof MESSAGES, path: PathLike): NodeJS.ErrnoException {
  const message = MESSAGES[code];
  return Object.assign(new Error(`${code}: ${message}, '${String(path)}'`), { code, path: String(path) });
}

function refuseIfReadOnly(path: PathLike): void {
  if (affected(path) && faults.mode === 'read-only') throw errno('EROFS', path);
}

/** How many of `length` bytes may be written; throws ENOSPC after the caller wrote what fits. */
function room(length: number): number {
  if (faults.mode !== 'full') return length;
  const fits = Math.min(length, faults.budget);
  faults.budget -= fits;
  return fits;
}

const isWrite = (flags: unknown) => typeof flags === 'string' && /[wa+]/.test(flags);
const bytesOf = (data: unknown) =>
  typeof data === 'string' ? Buffer.from(data) : Buffer.from(data as Uint8Array);

function faultyHandle(handle: FsPromises.FileHandle, path: PathLike): FsPromises.FileHandle {
  return new Proxy(handle, {
    get(target, property, receiver) {
      if (property === 'writeFile')
        return async (data: string | Uint8Array) => {
          const bytes = bytesOf(data);
          const fits = room(bytes.length);
          await target.writeFile(bytes.subarray(0, fits));
          if (fits < bytes.length) throw errno('ENOSPC', path);
        };
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

export function faultyPromises(real: typeof FsPromises): typeof FsPromises {
  const guarded =
    <A extends [PathLike, ...unknown[]], R>(fn: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      refuseIfReadOnly(args[0]);
      return fn(...args);
    };
  return {
    ...real,
    open: (async (path: PathLike, flags?: string, mode?: number) => {
      if (affected(path) && isWrite(flags)) refuseIfReadOnly(path);
      const handle = await real.open(path as Fs.PathLike, flags, mode);
      return affected(path) ? faultyHandle(handle, path) : handle;
    }) as typeof real.open,
    writeFile: (async (path: PathLike, data: string | Uint8Array, options?: Fs.WriteFileOptions) => {
      if (!affected(path)) return real.writeFile(path as Fs.PathLike, data, options);
      refuseIfReadOnly(path);
      const bytes = bytesOf(data);
      const fits = room(bytes.length);
      await real.writeFile(path as Fs.PathLike, bytes.subarray(0, fits));
      if (fits < bytes.length) throw errno('ENOSPC', path);
    }) as typeof real.writeFile,
    copyFile: (async (from: Fs.PathLike, to: Fs.PathLike, mode?: number) => {
      if (!affected(to)) return real.copyFile(from, to, mode);
      refuseIfReadOnly(to);
      const bytes = await real.readFile(from);
      const fits = room(bytes.length);
      await real.writeFile(to, bytes.subarray(0, fits));
      if (fits === bytes.length) return;
      // libuv removes the destination of a failed copy; the real call leaves nothing behind.
      await real.rm(to, { force: true });
      throw errno('ENOSPC', to);
    }) as typeof real.copyFile,
    rename: guarded(real.rename) as typeof real.rename,
    rm: guarded(real.rm) as typeof real.rm,
    unlink: guarded(real.unlink) as typeof real.unlink,
    mkdir: (async (path: Fs.PathLike, options?: Fs.MakeDirectoryOptions) => {
      // As on a real read-only file system: mkdir -p of a folder that exists succeeds, and of one
      // that does not, Node's recursive mkdir reports ENOENT rather than EROFS.
      const exists = await real.stat(path).then(
        () => true,
        () => false,
      );
      if (!exists && affected(path) && faults.mode === 'read-only')
        throw errno(options?.recursive ? 'ENOENT' : 'EROFS', path);
      return real.mkdir(path, options);
    }) as typeof real.mkdir,
    cp: guarded(real.cp) as typeof real.cp,
  };
}

export function faultyFs(real: typeof Fs): typeof Fs {
  return {
    ...real,
    createWriteStream: ((path: Fs.PathLike, options?: Parameters<typeof real.createWriteStream>[1]) => {
      if (!affected(path)) return real.createWriteStream(path, options);
      if (faults.mode === 'read-only') {
        // The real open would fail before creating anything; /dev/null keeps the folder untouched.
        const stream = real.createWriteStream('/dev/null');
        process.nextTick(() => stream.destroy(errno('EROFS', path)));
        return stream;
      }
      const stream = real.createWriteStream(path, options);
      const write = stream._write.bind(stream);
      stream._writev = undefined;
      stream._write = (chunk: Buffer, encoding, done) => {
        const fits = room(chunk.length);
        if (fits === chunk.length) return write(chunk, encoding, done);
        write(chunk.subarray(0, fits), encoding, () => done(errno('ENOSPC', path)));
      };
      return stream;
    }) as typeof real.createWriteStream,
  };
}
