interface Stoppable {
  close?: () => Promise<void>;
  stop?: () => Promise<void>;
}

export default async function globalTeardown(): Promise<void> {
  const servers = (globalThis as Record<string, unknown>).__e2eServers as { docs: Stoppable; devhost: Stoppable } | undefined;
  if (!servers) return;
  await servers.devhost.stop?.();
  await servers.docs.close?.();
}
