import { appendAudit } from '../../security/audit-log.js';
import { SYSTEM_ACTOR_ID } from '../../security/roles.js';
import { findSource, saveSource, upsertHuridocsTerms } from '../../store/vocabularies.js';
import type { Deps } from '../deps.js';
import { readHuridocsSource } from './huridocs-source.js';

const SOURCE = 'huridocs';

/**
 * Bring the HURIDOCS terms in the store up to the shipped files, when they changed since the
 * last load (or were never loaded): one transaction, recorded in the audit log. Run whenever the
 * store is opened; on an unchanged store it reads the two files and one row. Local terms stay
 * as they are.
 */
export async function loadVocabularies(deps: Deps): Promise<{ loaded: number }> {
  const source = await readHuridocsSource();
  return deps.db.transaction().execute(async (tx) => {
    const stored = await findSource(tx, SOURCE);
    if (stored?.fingerprint === source.fingerprint) return { loaded: 0 };
    const at = deps.now().toISOString();
    const terms = source.terms();
    await upsertHuridocsTerms(
      tx,
      terms.map((t) => ({
        vocab_number: t.vocabNumber,
        list_code: t.listCode,
        list_name: t.listName,
        huri_code: t.huriCode,
        parent_vocab_number: t.parent,
        term_level: t.level,
        term_order: t.order,
        origin: 'huridocs' as const,
        label_en: t.en,
        label_sq: t.sq,
        label_fa: t.fa,
        created_by: null,
        created_at: at,
        updated_at: at,
      })),
    );
    await saveSource(tx, { name: SOURCE, fingerprint: source.fingerprint, term_count: terms.length, loaded_at: at });
    await appendAudit(
      tx,
      {
        actorId: SYSTEM_ACTOR_ID,
        action: 'vocabulary.load',
        outcome: 'ok',
        targetType: 'vocabulary',
        targetId: SOURCE,
        details: { terms: terms.length, fingerprint: source.fingerprint },
      },
      deps.now(),
    );
    return { loaded: terms.length };
  });
}
