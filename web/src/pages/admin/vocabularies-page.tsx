import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { vocabularyApi } from '../../api/vocabulary-api';
import { Resource, useResource } from '../../components/resource';
import { formatNumber } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';

/** The HURIDOCS micro-thesauri and the local lists, with how many terms each holds. */
export function VocabulariesPage() {
  const { t } = useTranslation('admin');
  const language = useLanguage();
  const lists = useResource((signal) => vocabularyApi.lists(signal), []);
  return (
    <section aria-labelledby="vocabularies-title">
      <h1 id="vocabularies-title">{t('vocabularies.title')}</h1>
      <Resource state={lists}>
        {({ items }) => (
          <table>
            <thead>
              <tr>
                <th scope="col">{t('vocabularies.list')}</th>
                <th scope="col">{t('vocabularies.terms')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((list) => (
                <tr key={list.code}>
                  <td>
                    <Link to={`/admin/vocabularies/${list.name}`}>
                      <bdi>{list.name}</bdi>
                    </Link>
                  </td>
                  <td>{formatNumber(list.terms, language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Resource>
    </section>
  );
}
