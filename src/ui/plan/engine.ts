/**
 * The ingredient engine, loaded on demand: it is most of the popup's code, and the popup's first paint must
 * not wait for it (the paste box loads it the same way). The plan asks for it only when it is shown.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Analyze } from '../../shelf/analyze';

let loading: Promise<Analyze> | null = null;
export const loadEngine = (): Promise<Analyze> =>
  (loading ??= import('../../ingredients').then((m) => m.analyze));

/** The engine's analyze once loaded (null before), loading it only while `want` is true. */
export function useEngine(want: boolean): Analyze | null {
  const [analyze, setAnalyze] = useState<Analyze | null>(null);
  useEffect(() => {
    if (!want || analyze) return;
    let live = true;
    loadEngine().then((a) => live && setAnalyze(() => a));
    return () => {
      live = false;
    };
  }, [want]);
  return analyze;
}
