/**
 * Code the ledger's first screen does not need (the rarely opened views, the campaign data
 * behind country names) is loaded with `import()` when it is first wanted, so opening the
 * ledger loads and evaluates only what shows the letter list.
 */
import { useEffect, useState } from 'preact/hooks';

/** The module `load` gives, once `wanted` has been true and it has loaded; null until then. */
export function useLazy<T>(load: () => Promise<T>, wanted = true): T | null {
  const [mod, setMod] = useState<T | null>(null);
  useEffect(() => {
    if (!wanted || mod) return;
    let alive = true;
    void load().then((m) => alive && setMod(() => m));
    return () => {
      alive = false;
    };
  }, [wanted, mod]);
  return mod;
}
