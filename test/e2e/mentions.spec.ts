import type { Browser, FrameLocator, Page } from 'playwright-core';
import { axeViolations } from './support/axe';
import { launchBrowser, nodeUrl, screenshot, sessionAs } from './support/browser';
import { devhost, eventually } from './support/devhostApi';
import { environment } from './support/environment';
import { restrictPages } from './support/pages';

// Mentions (issue #13): the simulator's "Comment with mention" asks the page for people (onRequestUsers), its comment
// fires onRequestSendNotify, and the app e-mails the people mentioned through Confluence's mail server (the dev host's
// outbox, GET /devhost/api/mail), in each recipient's language, only if they may view the file.
let browser: Browser;

interface Mail {
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  time: string;
}

const api = (path: string) => `${environment().devhostUrl}/devhost/api${path}`;

async function outbox(): Promise<Mail[]> {
  return (await (await fetch(api('/mail'))).json()) as Mail[];
}

async function mailServer(configured: boolean): Promise<void> {
  const response = await fetch(api('/mail/server'), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ configured }),
  });
  expect(response.status).toBe(200);
}

/** The user's profile language, as Confluence's "Edit profile → Language" sets it (until the dev host is reset). */
async function setLanguage(user: string, locale: string): Promise<void> {
  const response = await fetch(`${nodeUrl(1)}/devhost/login?user=${user}&locale=${locale}`, { redirect: 'manual' });
  expect(response.status).toBe(302);
}

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  await devhost.reset();
  await fetch(`${environment().docsUrl}/__sim/reset`, { method: 'POST' });
});

async function openEditor(page: Page, fileName: string): Promise<FrameLocator> {
  const file = await devhost.byName(fileName);
  await page.goto(`${nodeUrl(1)}/plugins/servlet/onlyoffice/doceditor?attachmentId=${file.id}`);
  const editor = page.frameLocator('iframe');
  await editor.locator('body[data-state="ready"]').waitFor();
  return editor;
}

/** Opens the mention panel and waits for the first list (the unpaged request). */
async function openMentions(editor: FrameLocator): Promise<void> {
  await editor.locator('#sim-mention').click();
  await editor.locator('#sim-people-panel[data-state="ready"]').waitFor();
}

async function listed(editor: FrameLocator): Promise<string[]> {
  return editor.locator('#sim-people-list li').evaluateAll((items) => items.map((li) => li.getAttribute('data-email') ?? ''));
}

async function search(editor: FrameLocator, text: string): Promise<void> {
  await editor.locator('#sim-people-search').fill(text);
  await eventually(async () => {
    const status = await editor.locator('#sim-people-panel').getAttribute('data-state');
    return status === 'ready' && (await editor.locator('#sim-people-status').textContent())?.includes(' of ') ? true : undefined;
  }, 10000, `people matching "${text}"`);
}

async function comment(editor: FrameLocator, emails: string[], text: string): Promise<void> {
  for (const email of emails) await editor.locator(`#sim-people-list li[data-email="${email}"] button`).click();
  await editor.locator('#sim-comment-text').fill(text);
  await editor.locator('#sim-comment-add').click();
}

test('alice mentions bob: bob gets a mail in his language quoting the comment, and its link opens the file for him', async () => {
  await setLanguage('bob', 'de-DE');
  const { context, page } = await sessionAs(browser, 'alice');
  const editor = await openEditor(page, 'Report.docx');
  await openMentions(editor);

  // Everyone who may view the page, except alice herself; dave (no Confluence licence) may view nothing.
  expect(await listed(editor)).toEqual(['admin@example.com', 'bob@example.com', 'carol@example.com']);
  const bobAvatar = await editor.locator('#sim-people-list li[data-email="bob@example.com"] img').getAttribute('src');
  expect(bobAvatar).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/confluence\/devhost\/avatars\/bob\.svg$/);
  // The connected user's name and picture came from onRequestUsers {c:"info"}.
  await editor.locator('#sim-users li[data-name="Alice Able"] img').waitFor();

  // Typing asks the server page by page.
  await search(editor, 'BAK');
  expect(await listed(editor)).toEqual(['bob@example.com']);
  expect(await editor.locator('#sim-people-status').textContent()).toBe('1 of 1 people');
  expect(await axeViolations(page)).toEqual([]);
  await screenshot(page, 'mentions-people-list');

  await comment(editor, ['bob@example.com'], 'Bitte <prüfen> & "freigeben"\nDanke!');
  await editor.locator('#sim-comments li[data-comment-id="sim-comment-1"]').waitFor();

  const [mail] = await eventually(async () => ((await outbox()).length ? outbox() : undefined), 10000, 'the mention mail');
  expect((await outbox()).map((m) => m.to)).toEqual(['bob@example.com']);
  expect(mail.subject).toBe('Alice Able hat Sie in Report.docx erwähnt');
  expect(mail.text).toContain('Alice Able hat Sie in einem Kommentar zu Report.docx erwähnt:');
  expect(mail.text).toContain('> +bob@example.com Bitte <prüfen> & "freigeben"\n> Danke!');
  expect(mail.text).toContain('Kommentar öffnen: http');
  expect(mail.html).toContain('+bob@example.com Bitte &lt;prüfen&gt; &amp; &quot;freigeben&quot;<br>Danke!');
  expect(mail.html).not.toContain('<prüfen>');
  expect(mail.html).toContain('<html lang="de-DE">');

  // The link opens the editor at the comment: the file, with the editor's action link as it came.
  const link = /href="([^"]+)"/.exec(mail.html)![1].replace(/&amp;/g, '&');
  expect(mail.text).toContain(link);
  const url = new URL(link);
  expect(url.pathname).toBe('/confluence/plugins/servlet/onlyoffice/doceditor');
  expect(JSON.parse(url.searchParams.get('actionLink')!)).toEqual({ action: { type: 'comment', data: 'sim-comment-1' } });
  const rendered = await browser.newPage();
  await rendered.setContent(mail.html);
  await screenshot(rendered, 'mentions-mail-de');
  await rendered.close();

  const bob = await sessionAs(browser, 'bob');
  await bob.page.goto(link);
  const bobEditor = bob.page.frameLocator('iframe');
  await bobEditor.locator('body[data-state="ready"]').waitFor();
  expect(await bobEditor.locator('#sim-title').textContent()).toBe('Report.docx');
  // The editor was opened at the comment (editorConfig.actionLink).
  expect(await bobEditor.locator('#sim-action-target').textContent()).toBe('Opened at comment sim-comment-1');
  await bob.context.close();
  await context.close();
});

test('a mention of someone who may no longer view the page sends no mail (skipped, counted in the log)', async () => {
  const { context, page } = await sessionAs(browser, 'admin');
  const editor = await openEditor(page, 'Report.docx');
  await openMentions(editor);
  expect(await listed(editor)).toEqual(['alice@example.com', 'bob@example.com', 'carol@example.com']);

  // The list is stale: the page is restricted to administrators before the comment is added.
  await restrictPages([1001]);
  await comment(editor, ['bob@example.com', 'carol@example.com'], 'Please review the figures');
  await editor.locator('#sim-comments li[data-comment-id="sim-comment-1"]').waitFor();
  const logged = await eventually(async () => {
    const fs = await import('fs');
    const { devhostLogFile } = await import('./support/environment');
    const log = fs.existsSync(devhostLogFile) ? fs.readFileSync(devhostLogFile, 'utf8') : '';
    return /nobody to notify, 2 address\(es\) skipped/.test(log) ? true : undefined;
  }, 10000, 'the skipped mention in the log');
  expect(logged).toBe(true);
  expect(await outbox()).toEqual([]);
  // Nothing tells the sender who was skipped.
  expect(await page.locator('#docsbridge-notice').count()).toBe(0);
  await context.close();
});

test('without a mail server the comment stays and nobody is mailed; the editor and the Configure page say why', async () => {
  await mailServer(false);
  const { context, page } = await sessionAs(browser, 'alice');
  const editor = await openEditor(page, 'Report.docx');
  await openMentions(editor);
  await comment(editor, ['bob@example.com'], 'Can you check this?');
  await editor.locator('#sim-comments li[data-comment-id="sim-comment-1"]').waitFor();

  const notice = page.locator('#docsbridge-notice');
  await notice.waitFor();
  expect(await notice.textContent()).toContain('nobody was e-mailed: Confluence has no outgoing mail server');
  await screenshot(page, 'mentions-no-mail-server-editor');
  expect(await outbox()).toEqual([]);
  await context.close();

  const admin = await sessionAs(browser, 'admin');
  await admin.page.goto(`${nodeUrl(1)}/plugins/servlet/onlyoffice/configure`);
  const line = admin.page.getByTestId('status-mention-mail');
  await line.waitFor();
  expect(await line.textContent()).toMatch(/^Mentions not e-mailed since .+: 1\. Confluence has no outgoing mail server/);
  const setUp = admin.page.getByRole('link', { name: 'Set up a mail server' });
  expect(await setUp.getAttribute('href')).toBe('/confluence/admin/mail/viewmailservers.action');
  expect(await axeViolations(admin.page, '[data-testid="status-summary"]')).toEqual([]);
  await screenshot(admin.page, 'mentions-no-mail-server-configure');

  // Once a mail server exists, the next mention is mailed and the report goes away.
  await mailServer(true);
  const again = await sessionAs(browser, 'alice');
  const editor2 = await openEditor(again.page, 'Report.docx');
  await openMentions(editor2);
  await comment(editor2, ['bob@example.com'], 'Now with mail');
  await eventually(async () => ((await outbox()).length === 1 ? true : undefined), 10000, 'the mail once a server exists');
  await admin.page.reload();
  await admin.page.getByTestId('status-summary').waitFor();
  expect(await admin.page.getByTestId('status-mention-mail').count()).toBe(0);
  await again.context.close();
  await admin.context.close();
});
