import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { incidentApi } from '../../api/incident-api';
import type { TermNode } from '../../api/vocabulary-api';
import { Resource, useResource } from '../../components/resource';
import { useLanguage } from '../../i18n/use-language';
import { useAbilities } from '../../session/abilities';
import { LocalTermForm } from './local-term-form';

function TermTree({ nodes }: { nodes: readonly TermNode[] }) {
  const { t } = useTranslation('admin');
  return (
    <ul className="term-tree">
      {nodes.map((node) => (
        <li key={node.vocabNumber}>
          <bdi lang={node.locale}>{node.label}</bdi> <code className="muted">{node.vocabNumber}</code>
          {node.origin === 'local' && <span className="tag">{t('vocabulary.local')}</span>}
          {node.children.length > 0 && <TermTree nodes={node.children} />}
        </li>
      ))}
    </ul>
  );
}

/** One list as a tree, labelled in the reader's language (English where a term has none in it). */
export function VocabularyPage() {
  const { t } = useTranslation('admin');
  const { can } = useAbilities();
  const language = useLanguage();
  const { list = '' } = useParams();
  const [generation, setGeneration] = useState(0);
  const state = useResource((signal) => incidentApi.terms(list, language, signal), [list, language, generation]);
  return (
    <Resource state={state}>
      {(vocabulary) => (
        <section aria-labelledby="vocabulary-title">
          <h1 id="vocabulary-title">
            <bdi>{vocabulary.name}</bdi>
          </h1>
          <p>
            <Link to="/admin/vocabularies">{t('vocabularies.back')}</Link>
          </p>
          {can('vocabulary:manage') && (
            <section aria-labelledby="term-new-title" className="panel">
              <h2 id="term-new-title">{t('vocabulary.add')}</h2>
              <LocalTermForm list={list} terms={vocabulary.terms} onAdded={() => setGeneration((g) => g + 1)} />
            </section>
          )}
          <TermTree nodes={vocabulary.terms} />
        </section>
      )}
    </Resource>
  );
}
