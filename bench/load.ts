import { APP_URL } from '../electron/browser-shell/serve';
import { BARE_URL, type BenchBrowser } from './browser';
import type { Measured } from './report';
import { interleave, median } from './stats';

const WARM_UPS = 2;
const RUNS = 40;

/** Opens `url` in a fresh tab, takes the load probe's figure, closes the tab. */
async function coldLoad(browser: BenchBrowser, url: string): Promise<number> {
  const { page, load } = await browser.open(url);
  await page.close();
  return load.painted;
}

/**
 * Cold load to the first interactive screen: from navigation to the frame that shows the home
 * screen with its data (the app) or the mounted textarea (the bare React page), each in a new
 * tab with nothing cached, the two pages alternating.
 */
export async function benchColdLoad(browser: BenchBrowser): Promise<Measured[]> {
  const times = await interleave(
    () => coldLoad(browser, APP_URL),
    () => coldLoad(browser, BARE_URL),
    { warmUps: WARM_UPS, runs: RUNS },
  );
  return [
    {
      name: 'cold load to the first interactive screen',
      figure: median(times.a),
      unit: 'ms',
      baseline: median(times.b),
      budget: { maxRatio: 1.5 },
      notes: `medians of ${RUNS} interleaved loads; navigation start to the painted frame of the home screen with its data, beside a bare React page`,
    },
  ];
}
