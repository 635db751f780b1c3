import { useTranslation } from 'react-i18next';
import { useFormName } from '../wizard/useFormText';
import { formIds } from '../../../shared/forms';
import type { ListState, SortKey } from './filter';
import { useDraftList } from './store';

const sortKeys: SortKey[] = ['updated', 'created', 'title'];
const states: ListState[] = ['draft', 'final', 'exported'];

/** Search, sort and the kind and state filters of the draft list. */
export function ListToolbar() {
  const { t } = useTranslation('drafts');
  const formName = useFormName();
  const query = useDraftList((s) => s.query);
  const setQuery = useDraftList((s) => s.setQuery);
  return (
    <div className="draft-toolbar" role="search">
      <label className="draft-search">
        <input
          type="search"
          placeholder={t('search')}
          aria-label={t('search')}
          value={query.search}
          onChange={(e) => setQuery({ search: e.target.value })}
        />
      </label>
      <label>
        {t('sort.label')}
        <select value={query.sort} onChange={(e) => setQuery({ sort: e.target.value as SortKey })}>
          {sortKeys.map((key) => (
            <option key={key} value={key}>
              {t(`sort.${key}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('filter.kind')}
        <select value={query.kind} onChange={(e) => setQuery({ kind: e.target.value as typeof query.kind })}>
          <option value="all">{t('filter.all')}</option>
          {formIds().map((kind) => (
            <option key={kind} value={kind}>
              {formName(kind)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('filter.state')}
        <select
          value={query.state}
          onChange={(e) => setQuery({ state: e.target.value as typeof query.state })}
        >
          <option value="all">{t('filter.all')}</option>
          {states.map((state) => (
            <option key={state} value={state}>
              {t(`state.${state}`)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
