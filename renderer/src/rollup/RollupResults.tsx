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

/** Each unit's 问题清单, exported on its own to send back to that unit. */
function UnitList({ result, onExported }: { result: RollupResult; onExported: (file: string) => void }) {
  const { t } = useTranslation('rollup');
  const units = useMemo(() => unitsOf(result.rows), [result.rows]);
  const exportIssues = async (unit: string) => {
    const written = await invokeOrShow('rollup:exportIssues', { unit });
    if (written) onExported(written.file);
  };
  if (units.length === 0) return null;
  return (
    <section className="card rollup-units" aria-labelledby="rollup-units-heading">
      <h2 id="rollup-units-heading">{t('units.heading')}</h2>
      <p className="muted">{t('units.hint')}</p>
      <ul>
        {units.map((unit) => {
          const clean = unit.errors + unit.warnings === 0;
          const id = `rollup-unit-${units.indexOf(unit)}`;
          return (
            <li key={unit.unit} aria-labelledby={id}>
              <span id={id} className="rollup-unit-name">
                {unit.unit}
              </span>
              <span className="muted">
                {clean
                  ? t('units.clean', { count: unit.submissions })
                  : t('units.line', {
                      count: unit.submissions,
                      errors: unit.errors,
                      warnings: unit.warnings,
                    })}
              </span>
              <button
                type="button"
                className="secondary-button"
                disabled={clean}
                aria-describedby={id}
                onClick={() => void exportIssues(unit.unit)}
              >
                {t('export.issues')}
              </button>
            </li>
          );
        })}
      </ul>
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
            <button
              type="button"
              className="secondary-button"
              onClick={() => void exportTable('rollup:exportXlsx')}
            >
              {t('export.xlsx')}
            </button>
            <button
              type="button"
              className="secondary-button"
              onClick={() => void exportTable('rollup:exportDocx')}
            >
              {t('export.docx')}
            </button>
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
