import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Draft } from '../../../shared/draft';
import { formOf, type FormDefinition } from '../../../shared/forms';
import type { RollupResult, RollupRow } from '../../../shared/rollup';
import { invokeOrShow } from '../api';
import { DocxPages } from '../delivery/Preview';
import { Progress } from '../delivery/Progress';
import { useTask } from '../delivery/useTask';
import { usePreflightText } from '../export/preflight-text';
import { toneOf } from '../wizard/step-state';
import { ReadOnlyDraft, type Marks } from './ReadOnlyDraft';
import { openButtonId } from './RollupTable';
import { draftOfRow, useRollup } from './store';
import { findingsOf } from './table';
import { useRowFormName } from './texts';
import '../wizard/wizard.css';

/** The row's preflight findings, worded as the unit saw them in its own export panel. */
function RowIssues({ form, row }: { form: FormDefinition; row: RollupRow }) {
  const { t } = useTranslation('rollup');
  const { t: tw } = useTranslation('wizard');
  const issueText = usePreflightText(form);
  const findings = findingsOf(row);
  if (findings.length === 0) return <p className="muted">{t('submission.noIssues')}</p>;
  return (
    <ul className="missing-list">
      {findings.map((issue, index) => (
        <li key={index} className={`issue issue-${toneOf(issue)}`}>
          <span className="issue-severity">{tw(`severity.${toneOf(issue)}`)}</span>
          <span>{issueText(issue)}</span>
        </li>
      ))}
    </ul>
  );
}

/**
 * The row's form as it prints: docx-preview at once, then the pages LibreOffice prints, where it
 * is installed (seconds later, with the progress shown meanwhile).
 */
function RowPages({ row }: { row: string }) {
  const { t } = useTranslation('rollup');
  const { running, elapsedMs, run } = useTask<'pages'>();
  const [docx, setDocx] = useState<string | undefined>();
  const [pages, setPages] = useState<string[] | undefined>();
  useEffect(() => {
    let current = true;
    void (async () => {
      const form = await invokeOrShow('rollup:pages', { row, withPages: false });
      if (!current || !form) return;
      setDocx(form.docx);
      const printed = await run('pages', () => invokeOrShow('rollup:pages', { row }));
      if (current && printed?.pages.length) setPages(printed.pages);
    })();
    return () => {
      current = false;
    };
  }, [row, run]);
  return (
    <DocxPages
      docx={docx}
      pages={pages}
      pending={running && <Progress elapsedMs={elapsedMs} label={t('submission.pagesLoading')} />}
    />
  );
}

/** The places in this row's fields that share a passage with another submission. */
function marksOf(result: RollupResult, row: string): Marks {
  const marks: Record<string, { start: number; end: number }[]> = {};
  for (const { a, b } of result.passages)
    for (const place of [a, b])
      if ('row' in place && place.row === row) (marks[place.field] ??= []).push(place);
  return marks;
}

/**
 * One submission opened from the table, read-only: its findings, its values as its form's fields,
 * and its printed pages. Esc or 返回汇总表 goes back to the table, to the row it came from.
 */
export function SubmissionView({ row, result }: { row: RollupRow; result: RollupResult }) {
  const { t } = useTranslation('rollup');
  const open = useRollup((s) => s.open);
  const formName = useRowFormName();
  const [draft, setDraft] = useState<Draft | undefined>();
  const marks = useMemo(() => marksOf(result, row.id), [result, row.id]);
  useEffect(() => {
    let current = true;
    void draftOfRow(row.id).then((read) => current && setDraft(read));
    return () => {
      current = false;
    };
  }, [row.id]);
  const back = useCallback(() => {
    open(undefined);
    requestAnimationFrame(() => document.getElementById(openButtonId(row.id))?.focus());
  }, [open, row.id]);
  const heading = useCallback((element: HTMLHeadingElement | null) => element?.focus(), []);
  const form = row.form ? formOf(row.form) : undefined;
  return (
    <section
      className="rollup-submission"
      aria-labelledby="rollup-submission-title"
      onKeyDown={(event) => {
        if (event.key === 'Escape') back();
      }}
    >
      <button type="button" className="quiet-button" onClick={back}>
        {t('submission.back')}
      </button>
      <h2 id="rollup-submission-title" ref={heading} tabIndex={-1}>
        {row.title?.trim() || t('table.untitled')}
      </h2>
      <p className="muted">{[row.unit, formName(row), row.source].filter(Boolean).join(' · ')}</p>
      <p className="rollup-readonly">{t('submission.readOnly')}</p>
      {form && (
        <section className="card" aria-labelledby="rollup-submission-issues">
          <h3 id="rollup-submission-issues">{t('submission.issues')}</h3>
          <RowIssues form={form} row={row} />
        </section>
      )}
      {form && draft && (
        <section className="card" aria-labelledby="rollup-submission-values">
          <h3 id="rollup-submission-values">{t('submission.values')}</h3>
          <ReadOnlyDraft form={form} draft={draft} marks={marks} />
        </section>
      )}
      <section className="card" aria-labelledby="rollup-submission-pages">
        <h3 id="rollup-submission-pages">{t('submission.pages')}</h3>
        <RowPages row={row.id} />
      </section>
    </section>
  );
}
