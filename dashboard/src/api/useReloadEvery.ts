import { useEffect } from 'preact/hooks';

/**
 * Calls `reload` every `ms` while `active` (a list with something still moving, or a page whose figures age): the
 * one polling rule of the pages that have no event stream of their own.
 */
export function useReloadEvery(reload: () => void, ms: number, active = true): void {
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(reload, ms);
    return () => clearInterval(timer);
  }, [reload, ms, active]);
}
