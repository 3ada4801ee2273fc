import { findTerms } from '../../store/vocabularies.js';
import { InvalidInputError } from '../errors.js';
import type { UseCaseContext } from '../use-case.js';

/** A term named in the input, with the field to blame if it is not of its list. */
export interface NamedTerm {
  field: string;
  vocabNumber: string;
  list: string;
}

/** Refuse, naming the field, any term that does not exist or belongs to another list. */
export async function requireTerms(ctx: UseCaseContext, named: readonly NamedTerm[]): Promise<void> {
  const found = new Map(
    (
      await findTerms(
        ctx.tx,
        named.map((n) => n.vocabNumber),
      )
    ).map((t) => [t.vocab_number, t]),
  );
  for (const n of named) {
    const term = found.get(n.vocabNumber);
    if (!term) throw new InvalidInputError(n.field, `no term ${n.vocabNumber} in the vocabularies`);
    if (term.list_name !== n.list) {
      throw new InvalidInputError(n.field, `${n.vocabNumber} is a term of ${term.list_name}, not of ${n.list}`);
    }
  }
}
