/** Where quick exit leaves to: a blank page that says nothing about this application. */
export const QUICK_EXIT_URL = 'about:blank';

/** Escape pressed this many times within QUICK_EXIT_WINDOW_MS leaves at once. */
export const QUICK_EXIT_PRESSES = 3;
const QUICK_EXIT_WINDOW_MS = 1500;

/**
 * Leave at once: remove everything from the screen, forget what this browser kept (storage,
 * caches), end the session on the server without waiting for it, and replace this page in the
 * history so that Back does not return to it.
 */
export function quickExit(): void {
  document.body.replaceChildren();
  document.title = '';
  sessionStorage.clear();
  localStorage.clear();
  void fetch('/api/session', { method: 'DELETE', credentials: 'same-origin', keepalive: true }).catch(() => undefined);
  if ('caches' in window) {
    void caches.keys().then((keys) => Promise.all(keys.map((key) => caches.delete(key))));
  }
  window.location.replace(QUICK_EXIT_URL);
}

/** Listen for the quick-exit key everywhere, signed in or not; returns the unsubscribe. */
export function listenForQuickExitKey(): () => void {
  let presses: number[] = [];
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    const now = event.timeStamp;
    presses = [...presses.filter((at) => now - at < QUICK_EXIT_WINDOW_MS), now];
    if (presses.length >= QUICK_EXIT_PRESSES) quickExit();
  };
  window.addEventListener('keydown', onKey, { capture: true });
  return () => window.removeEventListener('keydown', onKey, { capture: true });
}
