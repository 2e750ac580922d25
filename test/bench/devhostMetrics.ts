// The dev host's counters (test/devhost: /devhost/api/metrics): the app's calls into the in-memory Confluence,
// the JVM's CPU time, and heap use (after a full GC when asked).
export interface Metrics {
  calls: Record<string, number>;
  processCpuNanos: number;
  /** The JIT compilers' total time so far (-1 where the JVM does not tell). */
  jitMillis: number;
  /** CPU of the app's servlets inside their service(), per servlet module key. */
  servletCpu: Record<string, { requests: number; cpuNanos: number }>;
  heapUsedBytes: number;
  heapMaxBytes: number;
}

export async function metrics(baseUrl: string, gc = false): Promise<Metrics> {
  const response = await fetch(`${baseUrl}/devhost/api/metrics${gc ? '?gc=1' : ''}`);
  if (!response.ok) throw new Error(`metrics: HTTP ${response.status}`);
  return (await response.json()) as Metrics;
}

export async function resetCalls(baseUrl: string): Promise<void> {
  await fetch(`${baseUrl}/devhost/api/metrics`, { method: 'POST' });
}

/** Calls of one port (e.g. "Permissions") summed over its methods, or of one method ("Permissions.canView"). */
export function count(calls: Record<string, number>, prefix: string): number {
  return Object.entries(calls).filter(([name]) => name === prefix || name.startsWith(prefix + '.'))
    .reduce((sum, [, n]) => sum + n, 0);
}

export async function cookieFor(baseUrl: string, user: string): Promise<string> {
  const response = await fetch(`${baseUrl}/devhost/login?user=${user}`, { redirect: 'manual' });
  return (response.headers.get('set-cookie') ?? '').split(';')[0];
}
