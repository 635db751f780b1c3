import { useTranslation } from 'react-i18next';
import { limitLevel } from '../../../../shared/count';
import type { FormDefinition } from '../../../../shared/forms';
import { limitedCounts } from '../../../../shared/validate';
import { useDraft } from '../../stores/draft';
import { countField } from '../counts';
import { useFormText } from '../useFormText';

/** Every limited text and its 字数 in one table, as a reviewer would check them. */
export function CountOverview({ form }: { form: FormDefinition }) {
  const { t } = useTranslation('wizard');
  const formText = useFormText();
  const values = useDraft((s) => s.draft?.values);
  if (!values) return null;
  const rows = limitedCounts({ values }, form, countField, { withUnlimited: true }).map((count) => ({
    key: count.id,
    name: count.total
      ? t('counter.total', { section: formText(`${count.total.key}.label`, count.total.label) })
      : formText(`${count.part!.key}.name`, count.part!.name),
    words: count.words,
    limit: count.limit,
  }));
  return (
    <section className="form-section" aria-labelledby="count-overview">
      <h3 id="count-overview">{t('review.counts')}</h3>
      <table className="count-table">
        <thead>
          <tr>
            <th scope="col">{t('review.part')}</th>
            <th scope="col">{t('review.words')}</th>
            <th scope="col">{t('review.limit')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const level = row.limit ? limitLevel(row.words, row.limit) : 'ok';
            return (
              <tr key={row.key} className={`count-row count-${level}`}>
                <th scope="row">{row.name}</th>
                <td>
                  {row.words}
                  {level === 'over' && (
                    <strong className="counter-state">
                      {' '}
                      {t('counter.over', { over: row.words - row.limit! })}
                    </strong>
                  )}
                </td>
                <td>{row.limit ?? t('review.noLimit')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
