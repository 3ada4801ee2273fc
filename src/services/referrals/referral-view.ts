import type { Selectable } from 'kysely';
import type { FieldCipher } from '../../security/field-cipher.js';
import { partyLabels, type PartyLabels } from '../../store/party-labels.js';
import type { ReferralsTable } from '../../store/schema.js';
import type { UseCaseContext } from '../use-case.js';

type ReferralRow = Selectable<ReferralsTable>;

function referralView(cipher: FieldCipher, row: ReferralRow, labels: PartyLabels) {
  const name = (id: string) => labels.organizations.get(id) ?? '?';
  return {
    id: row.id,
    caseId: row.case_id,
    from: row.from_organization_id ? { id: row.from_organization_id, name: name(row.from_organization_id) } : null,
    to: { id: row.to_organization_id, name: name(row.to_organization_id) },
    sentOn: row.sent_on,
    purpose: cipher.decrypt('referrals', 'purpose', row.id, row.purpose),
    status: row.status,
    statusOn: row.status_on,
    outcome: row.outcome ? cipher.decrypt('referrals', 'outcome', row.id, row.outcome) : null,
    consent:
      row.consent_given_on && row.consent_method && row.consent_recorded_by && row.consent_recorded_at
        ? {
            givenOn: row.consent_given_on,
            method: row.consent_method,
            recordedBy: row.consent_recorded_by,
            recordedAt: row.consent_recorded_at,
          }
        : null,
    consentOverride:
      row.override_by && row.override_reason ? { by: row.override_by, reason: row.override_reason } : null,
    minutesItemId: row.minutes_item_id,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function organizationsOf(row: ReferralRow): string[] {
  return [row.to_organization_id, ...(row.from_organization_id ? [row.from_organization_id] : [])];
}

function labelsFor(ctx: UseCaseContext, rows: readonly ReferralRow[]) {
  return partyLabels(ctx.tx, { personIds: [], organizationIds: rows.flatMap(organizationsOf), userIds: [] });
}

/** Referrals with the names of the organizations between which they go. */
export async function presentReferrals(ctx: UseCaseContext, rows: readonly ReferralRow[]) {
  const labels = await labelsFor(ctx, rows);
  return rows.map((r) => referralView(ctx.deps.cipher, r, labels));
}

export async function presentReferral(ctx: UseCaseContext, row: ReferralRow) {
  return referralView(ctx.deps.cipher, row, await labelsFor(ctx, [row]));
}
