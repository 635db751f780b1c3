import { describe, expect, it, vi } from 'vitest';
import { DeskError } from '../../../../shared/errors';
import type { Handlers } from '../../../../shared/ipc';
import { defaultSettings } from '../../../../shared/settings';
import { dispatch, MAX_PAYLOAD_CHARS } from '../../../../electron/services/dispatch';

function handlersWith(overrides: Partial<Handlers>): Handlers {
  return new Proxy(overrides as Handlers, {
    get: (target, key) =>
      Reflect.get(target, key) ?? (() => Promise.reject(new Error(`unexpected ${String(key)}`))),
  });
}

describe('dispatch', () => {
  it('passes the parsed request to the handler and wraps its answer', async () => {
    const update = vi.fn(async () => defaultSettings());
    const result = await dispatch(handlersWith({ 'settings:update': update }), 'settings:update', {
      language: 'zh-Hant',
    });
    expect(result).toEqual({ ok: true, value: defaultSettings() });
    expect(update).toHaveBeenCalledWith({ language: 'zh-Hant' });
  });

  it('applies the schema defaults before the handler sees the request', async () => {
    const list = vi.fn(async () => ({ drafts: [], quarantined: [] }));
    await dispatch(handlersWith({ 'drafts:list': list }), 'drafts:list', {});
    expect(list).toHaveBeenCalledWith({ trash: false });
  });

  it('refuses an unknown channel without calling anything', async () => {
    const result = await dispatch(handlersWith({}), 'fs:readFile', { path: '/etc/passwd' });
    expect(result).toMatchObject({ ok: false, code: 'unknown-channel' });
  });

  it.each([
    ['a wrong type', 'settings:update', { language: 'en' }],
    ['an extra key', 'app:info', { sneaky: true }],
    ['a path-like id', 'drafts:load', { id: '../../etc' }],
    ['not an object', 'drafts:create', 'case'],
  ])(
    'answers %s with invalid-request naming the field, and keeps serving',
    async (_what, channel, payload) => {
      const handler = vi.fn();
      const handlers = handlersWith({ [channel]: handler } as Partial<Handlers>);
      const result = await dispatch(handlers, channel, payload);
      expect(result.ok).toBe(false);
      expect(result).toMatchObject({ code: 'invalid-request' });
      expect(handler).not.toHaveBeenCalled();
      const info = await dispatch(
        handlersWith({
          'app:info': async () => ({ version: '1', dataDir: '/d', host: 'electron', notices: [] }),
        }),
        'app:info',
        {},
      );
      expect(info.ok).toBe(true);
    },
  );

  it('names the offending field in the detail', async () => {
    const result = await dispatch(handlersWith({}), 'settings:update', { language: 'en' });
    expect(result.ok === false && result.detail).toMatch(/^language: /);
  });

  it('refuses an oversized payload before parsing it', async () => {
    const result = await dispatch(handlersWith({}), 'drafts:rename', {
      id: 'abcdef',
      title: 'x'.repeat(MAX_PAYLOAD_CHARS),
    });
    expect(result).toMatchObject({ ok: false, code: 'invalid-request' });
    expect(result.ok === false && result.detail).toMatch(/characters/);
  });

  it('refuses a payload that is not plain data', async () => {
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    expect(await dispatch(handlersWith({}), 'app:info', loop)).toMatchObject({
      ok: false,
      code: 'invalid-request',
    });
  });

  it('turns handler failures into their codes instead of throwing', async () => {
    const handlers = handlersWith({
      'drafts:load': async () => {
        throw new DeskError('draft-corrupt', 'abc123');
      },
      'drafts:trash': async () => {
        throw Object.assign(new Error('no space'), { code: 'ENOSPC' });
      },
      'drafts:restore': async () => {
        throw new TypeError('boom');
      },
    });
    expect(await dispatch(handlers, 'drafts:load', { id: 'abc123' })).toEqual({
      ok: false,
      code: 'draft-corrupt',
      detail: 'abc123',
    });
    expect(await dispatch(handlers, 'drafts:trash', { id: 'abc123' })).toEqual({
      ok: false,
      code: 'disk-full',
    });
    expect(await dispatch(handlers, 'drafts:restore', { id: 'abc123' })).toMatchObject({
      ok: false,
      code: 'internal',
      detail: 'boom',
    });
  });
});
