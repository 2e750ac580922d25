import type { DocEditorConfig } from '../types/docsapi';
import { loadDocsApi } from './docsApi';
import { problemText } from './messages';
import { addToolbar } from './toolbar';
import { fetchViewerConfigs, type ViewerAnswer } from './viewerApi';

const SELECTOR = '[data-docsbridge-preview]';
/** Start a little before a macro enters the viewport, so it is ready when it arrives. */
const ROOT_MARGIN = '100px 0px';
/** Macros that become visible together (page load, a fast scroll) share one config request. */
const BATCH_DELAY_MS = 30;

let nextViewerId = 0;

/** Watches every preview placeholder of the page; each opens its viewer once, when it first becomes visible. */
export function startPreviews(doc: Document): void {
  const placeholders = [...doc.querySelectorAll<HTMLElement>(SELECTOR)];
  if (placeholders.length === 0) return;
  const queue = new Set<HTMLElement>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    timer = undefined;
    const batch = [...queue];
    queue.clear();
    void openViewers(doc, batch);
  };
  const enqueue = (element: HTMLElement) => {
    queue.add(element);
    timer ??= setTimeout(flush, BATCH_DELAY_MS);
  };
  const View = doc.defaultView?.IntersectionObserver;
  if (!View) {
    placeholders.forEach(enqueue);
    return;
  }
  const observer = new View(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        enqueue(entry.target as HTMLElement);
      }
    },
    { rootMargin: ROOT_MARGIN },
  );
  placeholders.forEach((p) => observer.observe(p));
}

export async function openViewers(doc: Document, elements: HTMLElement[]): Promise<void> {
  elements.forEach((e) => e.setAttribute('aria-busy', 'true'));
  const ids = [...new Set(elements.map((e) => e.dataset.docsbridgePreview ?? ''))].filter((id) => /^\d+$/.test(id));
  let answers: Awaited<ReturnType<typeof fetchViewerConfigs>>;
  try {
    answers = await fetchViewerConfigs(ids);
  } catch {
    elements.forEach((e) => showProblem(doc, e, 'FAILED', () => void openViewers(doc, [e])));
    return;
  }
  for (const element of elements) {
    const answer: ViewerAnswer = answers.viewers[element.dataset.docsbridgePreview ?? ''] ?? { error: 'NOT_FOUND' };
    if (answer.error || !answer.config) {
      showProblem(doc, element, answer.error ?? 'FAILED');
      continue;
    }
    if (!answers.docsApiUrl) {
      showProblem(doc, element, 'NOT_CONFIGURED');
      continue;
    }
    try {
      const api = await loadDocsApi(doc, answers.docsApiUrl);
      mountViewer(doc, element, answer, answer.config, api);
    } catch {
      showProblem(doc, element, 'UNREACHABLE', () => void openViewers(doc, [element]));
    }
  }
}

function mountViewer(
  doc: Document,
  element: HTMLElement,
  answer: ViewerAnswer,
  config: DocEditorConfig,
  api: NonNullable<Window['DocsAPI']>,
): void {
  element.replaceChildren();
  element.removeAttribute('aria-busy');
  element.classList.add('docsbridge-preview--open');
  addToolbar(doc, element, {
    title: config.document.title,
    editUrl: element.dataset.showEdit === 'true' ? answer.editUrl : undefined,
    viewUrl: answer.viewUrl,
  });
  const frame = doc.createElement('div');
  frame.className = 'docsbridge-preview__frame';
  const target = doc.createElement('div');
  target.id = `docsbridge-preview-viewer-${++nextViewerId}`;
  frame.appendChild(target);
  element.appendChild(frame);
  new api.DocEditor(target.id, config);
}

function showProblem(
  doc: Document,
  element: HTMLElement,
  error: Parameters<typeof problemText>[0],
  retry?: () => void,
): void {
  const { title, text } = problemText(error);
  element.removeAttribute('aria-busy');
  element.classList.add('docsbridge-preview--problem');
  const box = doc.createElement('div');
  box.className = 'docsbridge-preview__problem';
  box.setAttribute('role', 'note');
  const strong = doc.createElement('strong');
  strong.textContent = title;
  const p = doc.createElement('p');
  p.textContent = text;
  box.append(strong, p);
  if (retry) {
    const button = doc.createElement('button');
    button.type = 'button';
    button.className = 'docsbridge-preview__button';
    button.textContent = WRM.I18n.getText('docsbridge.editor.retry');
    button.addEventListener('click', () => {
      element.classList.remove('docsbridge-preview--problem');
      box.remove();
      retry();
    });
    box.appendChild(button);
  }
  // Keep the placeholder's own text (name, version) only when the server said nothing about access.
  if (error === 'NOT_FOUND') element.replaceChildren();
  element.querySelector('.docsbridge-preview__problem')?.remove();
  element.appendChild(box);
}
