import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch, MAX_PAYLOAD_CHARS } from '../../../electron/services/dispatch';
import { prng } from '../../../scripts/hostile-corpus';
import type { Draft } from '../../../shared/draft';
import { ERROR_CODES } from '../../../shared/errors';
import { recoveryOf } from '../../../shared/recovery';
import { channelNames, channels, type Channel, type Handlers, type RequestOf } from '../../../shared/ipc';
import { treeOf } from '../../faults/lib/disk';
import { servicesIn } from '../../faults/lib/fixtures';
import { figure, scaled, SEED } from '../../faults/lib/scale';

/**
 * Every channel of the contract called the way a compromised or buggy page could: wrong types,
 * missing and extra fields, hostile ids and paths, huge and non-plain payloads, random values.
 * Each call must come back as a typed error without reaching the service, nothing on disk may
 * change, and the dispatcher must go on serving good calls.
 */
let env: Awaited<ReturnType<typeof servicesIn>>;
let draft: Draft;
let handlers: Handlers;
const served = new Map<string, number>();

/** A valid request of each channel, and which of its fields a request cannot do without. */
type Sample<C extends Channel> = { request: RequestOf<C>; required: string[] };
let samples: { [C in Channel]: Sample<C> };

/** No dialog is open in a services-only run: the `dialog:` channels refuse every session. */
const SESSION = '00000000-0000-4000-8000-000000000000';

beforeAll(async () => {
  env = await servicesIn('ipc');
  draft = await env.services.value('drafts:create', { kind: 'case' });
  const id = draft.id;
  handlers = Object.fromEntries(
    Object.entries(env.services.handlers).map(([channel, handler]) => [
      channel,
      (request: never) => {
        served.set(channel, (served.get(channel) ?? 0) + 1);
        return (handler as (request: never) => Promise<unknown>)(request);
      },
    ]),
  ) as unknown as Handlers;
  const withId = { request: { id }, required: ['id'] };
  samples = {
    'app:info': { request: {}, required: [] },
    'settings:get': { request: {}, required: [] },
    'settings:update': { request: { language: 'zh-Hant' }, required: [] },
    'campaign:get': { request: {}, required: [] },
    'campaigns:list': { request: {}, required: [] },
    'app:flushed': { request: { token: 't' }, required: ['token'] },
    'drafts:list': { request: { trash: false }, required: [] },
    'drafts:create': { request: { kind: 'case' }, required: ['kind'] },
    'drafts:load': withId,
    'drafts:save': { request: { draft }, required: ['draft'] },
    'drafts:keepRecovery': {
      request: { recovery: recoveryOf(draft, draft.updatedAt) },
      required: ['recovery'],
    },
    'drafts:recovery': withId,
    'drafts:discardRecovery': withId,
    'drafts:rename': { request: { id, title: '新题目' }, required: ['id', 'title'] },
    'drafts:duplicate': withId,
    'drafts:trash': withId,
    'drafts:restore': withId,
    'drafts:snapshots': withId,
    'drafts:restoreSnapshot': {
      request: { id, name: '2021-12-20T08-00-00-000Z.json' },
      required: ['id', 'name'],
    },
    'drafts:exportPackage': withId,
    'drafts:importPackage': { request: {}, required: [] },
    'drafts:importDocx': { request: {}, required: [] },
    'drafts:importConfirm': { request: { staged: id }, required: ['staged'] },
    'drafts:importDiscard': { request: { staged: id }, required: ['staged'] },
    'attachments:add': { request: { id, role: 'image' }, required: ['id', 'role'] },
    'attachments:remove': { request: { id, attachmentId: 'a1' }, required: ['id', 'attachmentId'] },
    'attachments:saveSignature': { request: { id, png: 'iVBORw0KGgo=' }, required: ['id', 'png'] },
    'attachments:read': { request: { id, file: 'attachments/a.png' }, required: ['id', 'file'] },
    'export:preflight': withId,
    'export:preview': { request: { id, options: { traditional: true } }, required: ['id'] },
    'export:docx': { request: { id, options: {} }, required: ['id'] },
    'export:estimate': { request: { id, options: { tableFontSize: 14 } }, required: ['id'] },
    'export:reveal': { request: { id, what: 'file' }, required: ['id', 'what'] },
    'campaign:state': { request: { id: 'shsjl-2021-610' }, required: [] },
    'campaign:update': {
      request: {
        deadline: '2022-01-20',
        email: 'a@b.cn',
        postal: {
          organisation: '上海市计量协会',
          address: '上海市',
          recipient: '张三',
          phone: '021-64220000',
        },
      },
      required: ['deadline', 'email', 'postal'],
    },
    'campaign:import': { request: {}, required: [] },
    'campaign:reset': { request: { id: 'shsjl-2021-610' }, required: [] },
    'delivery:tools': { request: {}, required: [] },
    'delivery:pages': { request: { id, options: {} }, required: ['id'] },
    'delivery:pdf': { request: { id, options: {} }, required: ['id'] },
    'delivery:package': { request: { id, options: {} }, required: ['id'] },
    'delivery:coverSheet': withId,
    'delivery:history': withId,
    'delivery:revealCoverSheet': { request: { id, what: 'file' }, required: ['id', 'what'] },
    'rollup:run': { request: { what: 'folder', earlier: true }, required: ['what'] },
    'rollup:cancel': { request: {}, required: [] },
    'rollup:submission': { request: { row: 'r1' }, required: ['row'] },
    'rollup:pages': { request: { row: 'r1' }, required: ['row'] },
    'rollup:exportXlsx': { request: {}, required: [] },
    'rollup:exportDocx': { request: {}, required: [] },
    'rollup:exportIssues': { request: { unit: '某区市场监督管理局' }, required: ['unit'] },
    'dialog:navigate': { request: { session: SESSION, to: { up: true } }, required: ['session', 'to'] },
    'dialog:submit': {
      request: { session: SESSION, name: '表.docx', selected: [], replace: false },
      required: ['session', 'name', 'selected'],
    },
    'dialog:cancel': { request: { session: SESSION }, required: ['session'] },
  };
});
afterAll(() => env.cleanup());

const WRONG_VALUES: unknown[] = [42, -1, 1e308, 'x', '', true, null, [], {}, [1, 2], { nested: { deep: 1 } }];
const sameType = (a: unknown, b: unknown) =>
  (Array.isArray(a) ? 'array' : a === null ? 'null' : typeof a) ===
  (Array.isArray(b) ? 'array' : b === null ? 'null' : typeof b);

/** Requests that are wrong by construction, named for the failure report. */
function badRequests(channel: Channel): [string, unknown][] {
  const { request, required } = samples[channel] as Sample<Channel>;
  const fields = request as Record<string, unknown>;
  const bad: [string, unknown][] = [
    ...[42, 'x', true, [], [fields]].map((payload): [string, unknown] => [
      `payload ${JSON.stringify(payload)}`,
      payload,
    ]),
    ['extra field', { ...fields, evil: 1 }],
    [
      'extra __proto__',
      JSON.parse(`{"__proto__": {"polluted": true}, ${JSON.stringify(fields).slice(1, -1) || '"x": 1'}}`),
    ],
    ['huge extra field', { ...fields, pad: 'x'.repeat(MAX_PAYLOAD_CHARS + 1) }],
  ];
  for (const key of required) {
    const { [key]: _dropped, ...rest } = fields;
    bad.push([`missing ${key}`, rest]);
  }
  for (const [key, value] of Object.entries(fields))
    for (const wrong of WRONG_VALUES)
      if (!sameType(wrong, value))
        bad.push([`${key} = ${JSON.stringify(wrong)}`, { ...fields, [key]: wrong }]);
  for (const key of Object.keys(fields).filter((k) => typeof fields[k] === 'string'))
    bad.push([`huge ${key}`, { ...fields, [key]: '计'.repeat(MAX_PAYLOAD_CHARS + 1) }]);
  if ('id' in fields)
    for (const id of ['../../etc', 'a/b/c/d/e/f', '', '..', 'x'.repeat(65), 'abc\u0000def', '草稿一二三四五'])
      bad.push([`id ${JSON.stringify(id)}`, { ...fields, id }]);
  return bad;
}

/** Deeper lies a page could tell: paths out of the draft folder, a draft that does not fit the format. */
function hostileDeepRequests(): [Channel, string, unknown][] {
  const id = draft.id;
  const fileOf = (file: string): [Channel, string, unknown] => [
    'attachments:read',
    `file ${file}`,
    { id, file },
  ];
  const saving = (label: string, change: Record<string, unknown>): [Channel, string, unknown] => [
    'drafts:save',
    label,
    { draft: { ...draft, ...change } },
  ];
  return [
    ...[
      '../draft.json',
      '../../../../etc/passwd',
      '/etc/passwd',
      'C:\\Windows\\win.ini',
      'attachments/../../x',
    ].map(fileOf),
    ['drafts:restoreSnapshot', 'snapshot ../draft.json', { id, name: '../draft.json' }],
    ['drafts:restoreSnapshot', 'snapshot with slash', { id, name: 'a/b.json' }],
    ['attachments:saveSignature', 'signature not base64', { id, png: '<svg onload=alert(1)>' }],
    ['attachments:saveSignature', 'signature over 2 MB', { id, png: 'A'.repeat(2_800_004) }],
    saving('draft of a future format', { formatVersion: 99 }),
    saving('a value of no field kind', { values: { summary: { text: 42 } } }),
    saving('attachment path with a newline', {
      attachments: [
        {
          id: 'a',
          role: 'image',
          file: 'attachments/x\n/../../../../etc/passwd',
          originalName: 'x',
          mime: 'image/png',
          size: 1,
          sha256: '0'.repeat(64),
        },
      ],
    }),
    saving('attachment path out of the folder', {
      attachments: [
        {
          id: 'a',
          role: 'image',
          file: '../../../etc/passwd',
          originalName: 'x',
          mime: 'image/png',
          size: 1,
          sha256: '0'.repeat(64),
        },
      ],
    }),
    saving('absolute signature path', {
      declaration: { ...draft.declaration, signatureFile: '/etc/passwd' },
    }),
    // A title over its 500 characters is a validation issue the user sees, not a refused save.
    saving('caption over the limit', {
      attachments: [
        {
          id: 'a',
          role: 'image',
          file: 'attachments/a.png',
          originalName: 'x',
          mime: 'image/png',
          size: 1,
          sha256: '0'.repeat(64),
          caption: 'x'.repeat(201),
        },
      ],
    }),
    saving('draft id with a path', { id: '../../../tmp/x' }),
    [
      'settings:update',
      'window of a million pixels',
      { window: { width: 1e6, height: 1e6, maximized: false } },
    ],
    ['settings:update', 'unknown language', { language: 'en' }],
    ['export:docx', 'unknown font scheme', { id, options: { fontScheme: 'comic' } }],
  ];
}

/** Random JSON of bounded depth: what a fuzzer throws at each channel. */
function randomValue(random: () => number, depth = 0): unknown {
  const roll = random();
  if (depth > 3 || roll < 0.3)
    return [42, -0, 'x', '', true, false, null, '../x', '计量'][Math.floor(random() * 9)];
  if (roll < 0.6)
    return Array.from({ length: Math.floor(random() * 4) }, () => randomValue(random, depth + 1));
  const keys = [
    'id',
    'draft',
    'kind',
    'title',
    'name',
    'file',
    'png',
    'role',
    'options',
    'what',
    'token',
    'trash',
    'x',
  ];
  return Object.fromEntries(
    Array.from({ length: Math.floor(random() * 4) }, () => [
      keys[Math.floor(random() * keys.length)]!,
      randomValue(random, depth + 1),
    ]),
  );
}

describe('IPC: every channel against bad payloads', () => {
  it('the table covers every channel of the contract', () => {
    expect(Object.keys(samples).sort()).toEqual([...channelNames].sort());
  });

  it('wrong types, missing and extra fields, hostile values and huge payloads: invalid-request, never served', async () => {
    const before = await treeOf(env.dataDir);
    let calls = 0;
    const expectRefused = async (channel: Channel, label: string, payload: unknown) => {
      const result = await dispatch(handlers, channel, payload);
      expect(result, `${channel} with ${label}`).toMatchObject({ ok: false, code: 'invalid-request' });
      calls++;
    };
    for (const channel of channelNames)
      for (const [label, payload] of badRequests(channel)) await expectRefused(channel, label, payload);
    for (const [channel, label, payload] of hostileDeepRequests())
      await expectRefused(channel, label, payload);
    const circular: Record<string, unknown> = { id: draft.id };
    circular.self = circular;
    for (const channel of channelNames) {
      await expectRefused(channel, 'a circular object', circular);
      await expectRefused(channel, 'a BigInt', { id: 10n });
    }
    expect([...served.values()].reduce((a, b) => a + b, 0)).toBe(0);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(await treeOf(env.dataDir)).toEqual(before);
    figure('ipc/bad-payloads', { channels: channelNames.length, calls });
  }, 120_000);

  it('unknown channels: unknown-channel, whatever the name', async () => {
    for (const name of [
      'drafts:nuke',
      '__proto__',
      'constructor',
      'toString',
      'hasOwnProperty',
      '',
      42,
      null,
      {},
      ['app:info'],
    ])
      expect(await dispatch(handlers, name, {})).toMatchObject({ ok: false, code: 'unknown-channel' });
  });

  it('random payloads: always a typed result, and main keeps serving', async () => {
    const random = prng(SEED);
    const perChannel = scaled(60, 1000);
    let typedErrors = 0;
    for (const channel of channelNames) {
      for (let i = 0; i < perChannel; i++) {
        const result = await dispatch(handlers, channel, randomValue(random));
        if (result.ok) expect(channels[channel].response.safeParse(result.value).success).toBe(true);
        else {
          expect(ERROR_CODES).toContain(result.code);
          typedErrors++;
        }
      }
    }
    expect(await env.services.value('drafts:load', { id: draft.id })).toEqual(draft);
    expect((await env.services.value('app:info', {})).host).toBe('browser-shell');
    figure('ipc/random', { calls: perChannel * channelNames.length, typedErrors });
  }, 300_000);
});
