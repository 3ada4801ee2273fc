import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NotFoundError } from '../api/client';
import { NotFoundPage } from '../pages/not-found-page';

type State<T> = { status: 'loading' } | { status: 'ready'; data: T } | { status: 'failed'; error: unknown };

/** Load something from the API when `deps` change; aborted when the component goes away. */
export function useResource<T>(load: (signal: AbortSignal) => Promise<T>, deps: readonly unknown[]): State<T> {
  // The answer is kept with the dependencies it was loaded for: when they change, it is loading again.
  const key = JSON.stringify(deps);
  const [answer, setAnswer] = useState<{ key: string; state: State<T> } | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    load(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setAnswer({ key, state: { status: 'ready', data } });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setAnswer({ key, state: { status: 'failed', error } });
      },
    );
    return () => controller.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller names what the load depends on (key)
  }, [key]);
  return answer?.key === key ? answer.state : { status: 'loading' };
}

/** Render a resource: a quiet placeholder while loading, the not-found page for 404, an alert for other failures. */
export function Resource<T>({ state, children }: { state: State<T>; children: (data: T) => ReactNode }) {
  const { t } = useTranslation('common');
  if (state.status === 'loading') return <p className="muted">{t('loading')}</p>;
  if (state.status === 'failed') {
    if (state.error instanceof NotFoundError) return <NotFoundPage />;
    return <p role="alert">{t('error.load')}</p>;
  }
  return <>{children(state.data)}</>;
}
