import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Channel } from '../../../shared/ipc';
import type { RollupResult } from '../../../shared/rollup';
import { invokeOrShow } from '../api';
import { RollupTable } from './RollupTable';
import { useRollup } from './store';
import { filterRows, issueCounts, rowsInPassages, sortRows, unitsOf } from './table';
import { useRowFormName } from './texts';

type ExportChannel = Extract<Channel, 'rollup:exportXlsx' | 'rollup:exportDocx'>;
const EXPORTS = [
  ['rollup:exportXlsx', 'export.xlsx'],
  ['rollup:exportDocx', 'export.docx'],
] as const satisfies readonly (readonly [ExportChannel, string])[];

/** 共 30 份材料 · 12 个单位 · 4 份需修改 · 1 份重复 · 1 份已损坏 · 1 处雷同片段 */
function Summary({ result }: { result: RollupResult }) {
  const { t } = useTranslation('rollup');
  const { rows, passages } = result;
  const counted = rows.filter((row) => !row.duplicateOf);
  const parts = [
    t('summary.rows', { count: counted.length }),
    t('summary.units', { count: unitsOf(rows).length }),
    t('summary.errors', { count: counted.filter((row) => issueCounts(row).errors > 0).length }),
    t('summary.duplicates', { count: rows.length - counted.length }),
    t('summary.damaged', { count: rows.filter((row) => row.message).length }),
    t('summary.passages', { count: passages.length }),
  ];
  return <p className="rollup-summary">{parts.join(' · ')}</p>;
}

/**
 * Each unit whose submissions have findings, with its 问题清单 to export on its own and send back;
 * the units with nothing to fix are counted, not listed.
 */
function UnitList({ result, onExported }: { result: RollupResult; onExported: (file: string) => void }) {
  const { t } = useTranslation('rollup');
  const units = useMemo(() => unitsOf(result.rows), [result.rows]);
  const listed = units.filter((unit) => unit.errors + unit.warnings > 0);
  const exportIssues = async (unit: string) => {
    const written = await invokeOrShow('rollup:exportIssues', { unit });
    if (written) onExported(written.file);
  };
  if (units.length === 0) return null;
  return (
    <section className="card rollup-units" aria-labelledby="rollup-units-heading">
      <h2 id="rollup-units-heading">{t('units.heading')}</h2>
      <p className="muted">{listed.length > 0 ? t('units.hint') : t('units.allClean')}</p>
      {listed.length > 0 && (
        <ul>
          {listed.map((unit, index) => {
            const id = `rollup-unit-${index}`;
            const parts = [
              t('units.submissions', { count: unit.submissions }),
              unit.errors > 0 && t('table.issuesErrors', { count: unit.errors }),
              unit.warnings > 0 && t('table.issuesWarnings', { count: unit.warnings }),
            ].filter(Boolean);
            return (
              <li key={unit.unit}>
                <span id={id} className="rollup-unit-name">
                  {unit.unit}
                </span>
                <span className="muted">{parts.join(' · ')}</span>
                <button
                  type="button"
                  className="secondary-button"
                  aria-describedby={id}
                  onClick={() => void exportIssues(unit.unit)}
                >
                  {t('export.issues')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {listed.length > 0 && listed.length < units.length && (
        <p className="muted">{t('units.others', { count: units.length - listed.length })}</p>
      )}
    </section>
  );
}

/** The table with its filter and the roll-up's exports; a row's title opens it read-only. */
export function RollupResults({ result }: { result: RollupResult }) {
  const { t } = useTranslation('rollup');
  const query = useRollup((s) => s.query);
  const setQuery = useRollup((s) => s.setQuery);
  const sort = useRollup((s) => s.sort);
  const formName = useRowFormName();
  const [exported, setExported] = useState<string | undefined>();
  const copied = useMemo(() => rowsInPassages(result.passages), [result.passages]);
  const shown = useMemo(
    () => sortRows(filterRows(result.rows, query, copied, formName), sort, formName),
    [result.rows, query, copied, formName, sort],
  );
  const exportTable = async (channel: ExportChannel) => {
    const written = await invokeOrShow(channel, {});
    if (written) setExported(written.file);
  };
  return (
    <>
      <section className="rollup-results" aria-labelledby="rollup-table-heading">
        <h2 id="rollup-table-heading">{t('table.heading')}</h2>
        <Summary result={result} />
        <div className="rollup-toolbar">
          <div className="rollup-filter" role="search">
            <input
              type="search"
              aria-label={t('filter.label')}
              placeholder={t('filter.placeholder')}
              value={query.text}
              onChange={(event) => setQuery({ text: event.target.value })}
            />
            <label className="check">
              <input
                type="checkbox"
                checked={query.problemsOnly}
                onChange={(event) => setQuery({ problemsOnly: event.target.checked })}
              />
              {t('filter.problemsOnly')}
            </label>
          </div>
          <div className="rollup-buttons">
            {EXPORTS.map(([channel, label]) => (
              <button
                key={channel}
                type="button"
                className="secondary-button"
                onClick={() => void exportTable(channel)}
              >
                {t(label)}
              </button>
            ))}
          </div>
        </div>
        <p className="rollup-exported" role="status">
          {exported && t('export.done', { file: exported })}
        </p>
        <p className="muted small">{t('filter.shown', { shown: shown.length, count: result.rows.length })}</p>
        {shown.length > 0 ? (
          <RollupTable rows={shown} all={result.rows} copied={copied} />
        ) : (
          <p className="card muted">{t('filter.none')}</p>
        )}
      </section>
      <UnitList result={result} onExported={setExported} />
    </>
  );
}
