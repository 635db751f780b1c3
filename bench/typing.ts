import type { CDPSession, Page } from 'playwright-core';
import { APP_URL } from '../electron/browser-shell/serve';
import { countText } from '../shared/count';
import { formOf, stepIds } from '../shared/forms';
import { BARE_URL, type BenchBrowser } from './browser';
import { pressBackspace } from './keys';
import type { Measured } from './report';
import { bodyParts, caseFull } from './sample';
import { interleave, percentile } from './stats';
import { textOf } from '../shared/draft';

const TYPED_WORDS = 100;
const ROUNDS = 8;
const WARM_UP_ROUNDS = 1;
/** Between keystrokes: a brisk typist committing one candidate after another. */
const KEYSTROKE_MS = 60;
/** After a round: time for the wizard's autosave (800 ms after typing stops) to finish. */
const SETTLE_MS = 1500;

/** The sample's body, with the last `TYPED_WORDS` 字 of its last part held back to be typed. */
function splitBody(): { prefilled: Record<string, string>; last: string; typed: string[] } {
  const last = bodyParts.at(-1)!;
  const chars = [...textOf(caseFull, last)];
  let cut = chars.length;
  while (cut > 0 && countText(chars.slice(cut).join('')).words < TYPED_WORDS) cut--;
  const fields = Object.fromEntries(bodyParts.map((id) => [id, textOf(caseFull, id)]));
  return { prefilled: { ...fields, [last]: chars.slice(0, cut).join('') }, last, typed: chars.slice(cut) };
}

/**
 * Installed in a page once, before its first round. For each input event: when it was created
 * (the key's timestamp), when the first listener ran, when the counter's figures changed (the app
 * only), when the main thread had finished the frame that shows it, and when the frame after that
 * one began, by which time the key's frame has been drawn: the double-rAF measure of "next
 * paint", bound by the display's frames as docs/PERFORMANCE.md describes. Each round starts a new list.
 */
function probeScript(textareaSelector: string, counterSelector: string | null): string {
  return `(() => {
  globalThis.__benchTyping = [];
  if (globalThis.__benchProbe) return;
  globalThis.__benchProbe = true;
  let current;
  let keyAt;
  const textarea = document.querySelector(${JSON.stringify(textareaSelector)});
  addEventListener('keydown', (event) => { keyAt = event.timeStamp; }, true);
  addEventListener('input', (event) => {
    if (event.target !== textarea) return;
    const sample = { created: keyAt ?? event.timeStamp, start: performance.now(), committed: null, frame: null, painted: null };
    keyAt = undefined;
    globalThis.__benchTyping.push(sample);
    current = sample;
    requestAnimationFrame(() => {
      requestAnimationFrame(() => { sample.painted = performance.now(); });
      const channel = new MessageChannel();
      channel.port1.onmessage = () => { sample.frame = performance.now(); };
      channel.port2.postMessage(0);
    });
  }, true);
  const counter = ${counterSelector ? `document.querySelector(${JSON.stringify(counterSelector)})` : 'null'};
  if (counter) new MutationObserver(() => {
    if (current && current.committed === null) current.committed = performance.now();
  }).observe(counter, { attributes: true, attributeFilter: ['data-words', 'data-chars'], subtree: true });
})();`;
}

interface Sample {
  created: number;
  start: number;
  committed: number | null;
  frame: number | null;
  painted: number | null;
}

interface Target {
  page: Page;
  cdp: CDPSession;
  selector: string;
  counter: string | null;
  prefix: string;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const ENTER = { key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13 };

/** A key press carrying the character, as a keyboard or an input method's commit delivers it. */
async function press(cdp: CDPSession, text: string): Promise<void> {
  const key = text === '\n' ? { ...ENTER, text: '\r' } : { key: text, text, unmodifiedText: text };
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', ...key });
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: key.key });
}

/** Types the held-back 字 one key at a time at the end of the field, then takes them out again. */
async function typeRound(target: Target, typed: string[]): Promise<Sample[]> {
  const { page, cdp, selector } = target;
  await page.bringToFront();
  await page.evaluate(probeScript(selector, target.counter));
  await page.evaluate(`(() => {
    const field = document.querySelector(${JSON.stringify(selector)});
    field.focus();
    field.setSelectionRange(field.value.length, field.value.length);
  })()`);
  // The pointer rests in the middle of both pages, as a typist's mouse would: a pointer over a page
  // costs a hover hit test after each layout, and setting the app up with clicks had left it there.
  const viewport = page.viewportSize() ?? { width: 1280, height: 720 };
  await page.mouse.move(viewport.width / 2, viewport.height / 2);
  let next = performance.now();
  for (const text of typed) {
    await press(cdp, text);
    next += KEYSTROKE_MS;
    await sleep(Math.max(0, next - performance.now()));
  }
  await sleep(100);
  const samples = await page.evaluate<Sample[]>('globalThis.__benchTyping');
  const value = await page.inputValue(selector);
  if (value !== target.prefix + typed.join(''))
    throw new Error(
      `typing into ${page.url()} did not land as typed: …${JSON.stringify(value.slice(target.prefix.length - 3))}`,
    );
  await page.evaluate(
    `document.querySelector(${JSON.stringify(selector)}).setSelectionRange(${target.prefix.length}, ${value.length})`,
  );
  await pressBackspace(cdp);
  if ((await page.inputValue(selector)) !== target.prefix)
    throw new Error('could not take the typed text out');
  await sleep(SETTLE_MS);
  if (samples.length !== typed.length)
    throw new Error(`${samples.length} input events for ${typed.length} keys`);
  return samples;
}

/** A new case in the app, its body filled as the user left it, the wizard on the body step. */
async function appTarget(
  browser: BenchBrowser,
  prefilled: Record<string, string>,
  last: string,
): Promise<Target> {
  const { page } = await browser.open(APP_URL);
  await page.locator('.start-case').click();
  await page.waitForSelector('html[data-ready="wizard"]');
  await page
    .locator('.step-rail button')
    .nth(stepIds(formOf('case')).indexOf('body'))
    .click();
  for (const id of bodyParts) await page.locator(`#field-${id}`).fill(prefilled[id]!);
  await sleep(SETTLE_MS);
  const selector = `#field-${last}`;
  const counterId = await page.locator(selector).getAttribute('aria-describedby');
  const counter = `[id="${counterId?.split(' ').find((id) => id.endsWith('-counter'))}"]`;
  return { page, cdp: await page.context().newCDPSession(page), selector, counter, prefix: prefilled[last]! };
}

async function bareTarget(browser: BenchBrowser, text: string, width: number): Promise<Target> {
  const { page } = await browser.open(BARE_URL);
  await page.evaluate(`document.querySelector('main').style.maxWidth = '${width}px'`);
  await page.locator('textarea').fill(text);
  return {
    page,
    cdp: await page.context().newCDPSession(page),
    selector: 'textarea',
    counter: null,
    prefix: text,
  };
}

/**
 * Typing the last 100字 of a 3000字 body into the wizard, beside typing the same keys into a
 * bare textarea, in alternating rounds in the same browser.
 */
export async function benchTyping(browser: BenchBrowser): Promise<Measured[]> {
  const { prefilled, last, typed } = splitBody();
  const app = await appTarget(browser, prefilled, last);
  const width = await app.page.locator(app.selector).evaluate((field) => field.getBoundingClientRect().width);
  const bare = await bareTarget(browser, prefilled[last]!, width);
  const rounds = await interleave(
    () => typeRound(app, typed),
    () => typeRound(bare, typed),
    { warmUps: WARM_UP_ROUNDS, runs: ROUNDS },
  );
  // Closed, so what is measured after in this browser does not share it with two busy pages.
  await Promise.all([app.page.close(), bare.page.close()]);
  const samples = { app: rounds.a.flat(), bare: rounds.b.flat() };
  /** From each key's timestamp to `mark`, for the keys that reached it; p50 or p95 of both pages. */
  const fromKey = (mark: 'frame' | 'painted', p: number) =>
    (['app', 'bare'] as const).map((side) =>
      percentile(
        samples[side].flatMap((s) => (s[mark] === null ? [] : [s[mark] - s.created])),
        p,
      ),
    );
  const [painted95, barePainted95] = fromKey('painted', 95);
  const ms = (figures: number[]) => figures.map((f) => `${f.toFixed(1)} ms`).join(' beside ');
  const work = samples.app.filter((s) => s.committed !== null).map((s) => s.committed! - s.start);
  const keys = samples.app.length;
  const workNote = `${work.length} of ${keys} keys changed the counter (the others typed a line break or space)`;
  return [
    {
      name: 'typing: work per keystroke, p50',
      figure: percentile(work, 50),
      unit: 'ms',
      budget: { max: 4 },
      notes: `input event to the counter's update committed; ${workNote}`,
    },
    {
      name: 'typing: work per keystroke, p95',
      figure: percentile(work, 95),
      unit: 'ms',
      budget: { max: 4 },
      notes: `${ROUNDS} rounds of ${typed.length} keys into a body of ${bodyParts.length} parts`,
    },
    {
      name: 'typing: input to next frame, p95',
      figure: painted95!,
      unit: 'ms',
      baseline: barePainted95!,
      budget: { maxRatio: 1.3 },
      notes: `key timestamp to the next frame after the one showing it (double rAF), a key every ${KEYSTROKE_MS} ms; p50 ${ms(fromKey('painted', 50))}; the main thread had finished the key's own frame at p95 ${ms(fromKey('frame', 95))}`,
    },
  ];
}
