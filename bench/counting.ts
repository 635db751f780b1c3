import { countText } from '../shared/count';
import type { Measured } from './report';
import { median, timeRuns } from './stats';
import { mixedChineseText } from './sample';

/** Counting throughput of `countText` over real mixed Chinese text, in MB of UTF-8 per second. */
export async function benchCounting(): Promise<Measured[]> {
  const text = mixedChineseText(4 * 1024 ** 2);
  const bytes = Buffer.byteLength(text);
  let sink = 0;
  const times = await timeRuns(
    async () => {
      sink += countText(text).words;
    },
    { warmUps: 5, runs: 25 },
  );
  if (sink === 0) throw new Error('counting found no 字 in the sample');
  const mbPerSecond = (ms: number) => bytes / 1e6 / (ms / 1000);
  return [
    {
      name: 'counting: countText throughput',
      figure: mbPerSecond(median(times)),
      unit: 'MB/s',
      budget: { min: 10 },
      notes: `median of 25 passes over ${(bytes / 1e6).toFixed(1)} MB; a 3000字 body (≈9 KB) counts in ${((9000 / bytes) * median(times)).toFixed(3)} ms`,
    },
  ];
}
