// Polls a conversion: repeats the same request until the answer says `done`, waiting between polls. A newer start
// (Try again) or cancel() makes an older loop stop quietly; so does unmounting the dialog.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { DialogEnvironment } from './environment';
import { errorId, errorMessage } from './errors';

export type ConversionState<T> =
  | { phase: 'idle' }
  | { phase: 'running'; percent: number }
  | { phase: 'done'; result: T }
  | { phase: 'failed'; message: string; error?: string };

interface Progress {
  done: boolean;
  percent: number;
}

export function useConversion<T extends Progress>(env: DialogEnvironment) {
  const [state, setState] = useState<ConversionState<T>>({ phase: 'idle' });
  const run = useRef(0);

  useEffect(
    () => () => {
      run.current++;
    },
    [],
  );

  const start = useCallback(
    async (poll: () => Promise<T>) => {
      const id = ++run.current;
      const started = Date.now();
      setState({ phase: 'running', percent: 0 });
      for (;;) {
        let answer: T;
        try {
          answer = await poll();
        } catch (e) {
          if (id === run.current) setState({ phase: 'failed', message: errorMessage(e), error: errorId(e) });
          return;
        }
        if (id !== run.current) return;
        if (answer.done) {
          setState({ phase: 'done', result: answer });
          return;
        }
        if (Date.now() - started > env.pollTimeout) {
          setState({ phase: 'failed', message: WRM.I18n.getText('docsbridge.convert.error.timeout'), error: 'timeout' });
          return;
        }
        setState({ phase: 'running', percent: answer.percent });
        await new Promise((resolve) => setTimeout(resolve, env.pollInterval));
        if (id !== run.current) return;
      }
    },
    [env],
  );

  const cancel = useCallback(() => {
    run.current++;
    setState({ phase: 'idle' });
  }, []);

  return { state, start, cancel };
}
