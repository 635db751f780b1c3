import { writeFile } from 'node:fs/promises';

/** A budget of docs/PERFORMANCE.md: an absolute bound on the figure and/or a bound on its ratio to the baseline. */
export interface Budget {
  max?: number;
  min?: number;
  maxRatio?: number;
}

export interface Measured {
  name: string;
  figure: number;
  unit: string;
  /** The same thing measured on the bare baseline in the same run, where one exists. */
  baseline?: number;
  budget: Budget;
  /** Other figures worth keeping beside it (p50 beside p95, sample counts). */
  notes?: string;
}

export interface Entry extends Measured {
  ratio?: number;
  budgetText: string;
  status: 'PASS' | 'FAIL';
}

export function budgetText(budget: Budget, unit: string): string {
  return [
    budget.max !== undefined && `< ${budget.max} ${unit}`,
    budget.min !== undefined && `≥ ${budget.min} ${unit}`,
    budget.maxRatio !== undefined && `≤ ${budget.maxRatio}× baseline`,
  ]
    .filter(Boolean)
    .join(', ');
}

export function judge(measured: Measured): Entry {
  const { figure, baseline, budget } = measured;
  const ratio = baseline ? figure / baseline : undefined;
  if (budget.maxRatio !== undefined && ratio === undefined)
    throw new Error(`${measured.name}: a ratio budget needs a baseline`);
  const pass =
    (budget.max === undefined || figure < budget.max) &&
    (budget.min === undefined || figure >= budget.min) &&
    (budget.maxRatio === undefined || ratio! <= budget.maxRatio);
  return {
    ...measured,
    ...(ratio !== undefined ? { ratio } : {}),
    budgetText: budgetText(budget, measured.unit),
    status: pass ? 'PASS' : 'FAIL',
  };
}

const round = (value: number): string =>
  value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2);

/** A Markdown table, so the same text reads in a terminal and pastes into docs/PERFORMANCE.md. */
export function table(entries: readonly Entry[]): string {
  const header = ['budget', 'figure', 'baseline', 'ratio', 'limit', 'result', 'notes'];
  const rows = entries.map((e) => [
    e.name,
    `${round(e.figure)} ${e.unit}`,
    e.baseline === undefined ? '—' : `${round(e.baseline)} ${e.unit}`,
    e.ratio === undefined ? '—' : `${e.ratio.toFixed(2)}×`,
    e.budgetText,
    e.status,
    e.notes ?? '',
  ]);
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

export async function writeResults(file: string, entries: readonly Entry[], machine: object): Promise<void> {
  const results = { measuredAt: new Date().toISOString(), machine, entries };
  await writeFile(file, `${JSON.stringify(results, null, 2)}\n`);
}
