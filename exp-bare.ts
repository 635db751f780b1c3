import { chromium } from 'playwright-core';
import { mixedChineseText } from './bench/sample';
const text = mixedChineseText(2 * 1024 * 1024).replace(/\n/g, '\n');
console.log('chars', text.length);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true });
const p = await b.newPage();
await p.setContent('<textarea id=t style="width:800px;height:400px" spellcheck=false></textarea>');
const t0 = Date.now();
await p.evaluate((text) => { const e = document.getElementById('t') as HTMLTextAreaElement; e.value = text; }, text);
await p.evaluate(() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r))));
console.log('set value + 2 frames', Date.now() - t0);
const cdp = await p.context().newCDPSession(p);
for (const where of ['end', 'mid']) {
  await p.evaluate((where) => { const e = document.getElementById('t') as HTMLTextAreaElement; e.focus(); const at = where === 'end' ? e.value.length : Math.floor(e.value.length / 2); e.setSelectionRange(at, at);
    (window as any).lat = []; let k = 0;
    addEventListener('keydown', (ev) => { k = ev.timeStamp; }, true);
    e.addEventListener('input', () => { const c = k; requestAnimationFrame(() => requestAnimationFrame(() => (window as any).lat.push(performance.now() - c))); });
  }, where);
  for (let i = 0; i < 30; i++) {
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', key: '测', text: '测', unmodifiedText: '测' });
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: '测' });
    await new Promise(r => setTimeout(r, 60));
  }
  await new Promise(r => setTimeout(r, 500));
  const lat = (await p.evaluate(() => (window as any).lat)) as number[];
  lat.sort((a, b) => a - b);
  console.log(where, 'p50', lat[Math.floor(lat.length / 2)]?.toFixed(1), 'p95', lat[Math.floor(lat.length * 0.95)]?.toFixed(1), 'n', lat.length);
}
await b.close();
