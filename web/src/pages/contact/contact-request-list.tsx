import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactRequestList } from '../../api/contact-api';
import { DateText } from '../../components/date-text';
import { Resource, useResource } from '../../components/resource';
import { useReload } from '../case/use-reload';
import { ContactRequestDetail } from './contact-request-detail';

/**
 * A list of requests, by who asks (their relationship only), when and where each stands; one is
 * opened at a time and stays open while the list is read again after a step. `recordNew` gets the
 * user's teams and what to call once a new request is saved.
 */
export function ContactRequests({
  load,
  deps,
  empty,
  recordNew,
}: {
  load: (signal: AbortSignal) => Promise<ContactRequestList>;
  deps: readonly unknown[];
  empty: string;
  recordNew: (teams: ContactRequestList['teams'], saved: () => void) => ReactNode;
}) {
  const { t } = useTranslation('contact');
  const [tick, reload] = useReload();
  const list = useResource(load, [...deps, tick]);
  const [openId, setOpenId] = useState<string | null>(null);
  return (
    <Resource state={list}>
      {({ teams, items }) => {
        const teamName = (id: string) => (teams.length > 1 ? teams.find((team) => team.id === id)?.name : undefined);
        return (
          <>
            {teams.length > 0 && recordNew(teams, reload)}
            {items.length === 0 ? (
              <p className="muted">{empty}</p>
            ) : (
              <ul className="records">
                {items.map((r) => (
                  <li key={r.id}>
                    <button
                      type="button"
                      className="link"
                      aria-expanded={openId === r.id}
                      onClick={() => setOpenId(openId === r.id ? null : r.id)}
                    >
                      {t('list.from')} <bdi>{r.relationship}</bdi>
                    </button>{' '}
                    · {t('list.received')} <DateText value={r.receivedOn} /> · {t(`statuses.${r.status}`)}
                    {teamName(r.teamId) && (
                      <>
                        {' '}
                        · <bdi>{teamName(r.teamId)}</bdi>
                      </>
                    )}
                    {openId === r.id && <ContactRequestDetail id={r.id} onChanged={reload} />}
                  </li>
                ))}
              </ul>
            )}
          </>
        );
      }}
    </Resource>
  );
}
