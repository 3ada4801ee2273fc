import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { onUnauthorized } from '../api/client';
import { sessionApi, type Me } from '../api/session-api';

/**
 * Who is signed in, as the server says (GET /api/session). `undefined` while asking, `null`
 * when signed out. The token itself lives only in the HttpOnly cookie.
 */
interface SessionState {
  me: Me | null | undefined;
  /** Ask the server again, after signing in or passing a factor. */
  refresh: () => Promise<Me | null>;
  /** Forget the user here (the server has already ended or refused the session). */
  forget: () => void;
}

const SessionContext = createContext<SessionState | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | null | undefined>(undefined);
  const refresh = useCallback(async () => {
    const current = await sessionApi.me().catch(() => null);
    setMe(current);
    return current;
  }, []);
  const forget = useCallback(() => setMe(null), []);
  useEffect(() => {
    sessionApi.me().then(setMe, () => setMe(null));
    return onUnauthorized(forget);
  }, [forget]);
  const value = useMemo(() => ({ me, refresh, forget }), [me, refresh, forget]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error('useSession outside SessionProvider');
  return state;
}
