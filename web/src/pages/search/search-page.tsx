import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { searchResponse } from '../../../../src/api/routes/search/schema';
import { api } from '../../api/client';
import { DateText } from '../../components/date-text';
import { Resource, useResource } from '../../components/resource';
import { FILTERS, SearchForm, type Filters } from './search-form';

function filtersOf(params: URLSearchParams): Filters {
  return Object.fromEntries(
    FILTERS.flatMap((name) => {
      const value = params.get(name);
      return value ? [[name, value]] : [];
    }),
  );
}

/** Search across the notes, incidents and testimonies of the cases the user may see, newest first. */
export function SearchPage() {
  const { t } = useTranslation('search');
  const [params, setParams] = useSearchParams();
  const filters = filtersOf(params);
  const before = params.get('before') ?? undefined;
  const asked = Object.keys(filters).length > 0;
  const results = useResource(
    (signal) =>
      asked
        ? api('/api/search', { query: { ...filters, before }, answer: searchResponse, signal })
        : Promise.resolve(null),
    [params.toString()],
  );

  return (
    <section aria-labelledby="search-title">
      <h1 id="search-title">{t('title')}</h1>
      <SearchForm key={params.toString()} initial={filters} onSearch={(given) => setParams(given)} />
      <Resource state={results}>
        {(answer) =>
          answer && (
            <section aria-labelledby="results-title" className="results">
              <h2 id="results-title">{t('results.title')}</h2>
              {answer.items.length === 0 ? (
                <p className="muted">{t('results.none')}</p>
              ) : (
                <ol className="result-list">
                  {answer.items.map((item) => (
                    <li key={`${item.kind}-${item.id}`}>
                      <p>
                        <span className="tag">{t(`kind.${item.kind}`)}</span> <bdi>{item.title ?? ''}</bdi>{' '}
                        <span className="muted">
                          <DateText value={item.occurredFrom} />
                          {item.occurredTo !== item.occurredFrom && (
                            <>
                              {' — '}
                              <DateText value={item.occurredTo} />
                            </>
                          )}
                        </span>
                      </p>
                      <p>
                        <bdi>{item.excerpt}</bdi>
                      </p>
                      <p>
                        {item.caseIds.map((caseId, index) => (
                          <Link key={caseId} to={`/cases/${caseId}`} className="case-link">
                            {t('results.openCase', { number: index + 1 })}
                          </Link>
                        ))}
                      </p>
                    </li>
                  ))}
                </ol>
              )}
              <div className="actions">
                {before && <Link to={{ search: new URLSearchParams(filters).toString() }}>{t('results.newest')}</Link>}
                {answer.next && (
                  <Link to={{ search: new URLSearchParams({ ...filters, before: answer.next }).toString() }}>
                    {t('results.older')}
                  </Link>
                )}
              </div>
            </section>
          )
        }
      </Resource>
    </section>
  );
}
