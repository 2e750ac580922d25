// Drives genuine editing sessions through the Document Server simulator without a browser: the app hands out the
// signed editor config (on the node the user's browser is on), the simulator's editor opens it, the user types and
// closes, and the simulator delivers the result through its callbacks, as with a browser and a real Docs server.

export interface NodeClient {
  url: string; // an app node's own address, http://127.0.0.1:PORT/confluence
  cookie: string; // a signed-in session on that node
}

export async function signIn(nodeUrl: string, user: string): Promise<NodeClient> {
  const response = await fetch(`${nodeUrl}/devhost/login?user=${user}`, { redirect: 'manual' });
  const cookie = response.headers.getSetCookie().map((c) => c.split(';')[0]).find((c) => c.startsWith('JSESSIONID'));
  if (response.status !== 302 || !cookie) throw new Error(`sign-in of ${user} at ${nodeUrl}: HTTP ${response.status}`);
  return { url: nodeUrl, cookie };
}

export async function editorConfig(client: NodeClient, attachmentId: number): Promise<any> {
  const response = await fetch(`${client.url}/plugins/servlet/onlyoffice/editor-config?attachmentId=${attachmentId}`, {
    headers: { Cookie: client.cookie, Accept: 'application/json' },
  });
  if (!response.ok) throw new Error(`editor-config on ${client.url}: HTTP ${response.status} ${await response.text()}`);
  return ((await response.json()) as { config: any }).config;
}

async function sim(docsUrl: string, route: string, body: unknown): Promise<any> {
  const response = await fetch(`${docsUrl}/__sim/${route}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  const answer = (await response.json()) as any;
  if (!response.ok || answer.ok === false) throw new Error(`__sim/${route}: HTTP ${response.status} ${JSON.stringify(answer)}`);
  return answer;
}

/** One user's editor: opened from the app's config, typed into, closed. */
export class SimEditor {
  private constructor(readonly docsUrl: string, readonly sessionId: string, readonly key: string) {}

  static async open(docsUrl: string, client: NodeClient, attachmentId: number): Promise<SimEditor> {
    const config = await editorConfig(client, attachmentId);
    const opened = await sim(docsUrl, 'open', { config });
    return new SimEditor(docsUrl, opened.sessionId as string, config.document.key as string);
  }

  async type(text: string): Promise<void> {
    await sim(this.docsUrl, 'edit', { sessionId: this.sessionId, text });
  }

  async close(): Promise<void> {
    await sim(this.docsUrl, 'close', { sessionId: this.sessionId });
  }
}

export interface SimCallback {
  key: string;
  status: number;
  attempt: number;
  httpStatus?: number;
  success: boolean;
  error?: string;
}

export async function simState(docsUrl: string): Promise<{ sessions: Array<{ key: string; forgotten: boolean; savePending: boolean; callbacks: SimCallback[] }> }> {
  return (await (await fetch(`${docsUrl}/__sim/state`)).json()) as any;
}

export async function until<T>(probe: () => Promise<T | undefined>, timeoutMs: number, what: string): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
