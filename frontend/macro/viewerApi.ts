import { contextPath } from '../lib/contextPath';
import type { DocEditorConfig } from '../types/docsapi';

/** The servlet's answer for one macro (ViewerConfigServlet). */
export interface ViewerAnswer {
  config?: DocEditorConfig;
  editUrl?: string;
  viewUrl?: string;
  error?: 'NOT_FOUND' | 'UNSUPPORTED' | 'TOO_LARGE' | 'NOT_CONFIGURED';
}

export interface ViewerConfigs {
  docsApiUrl?: string;
  viewers: Record<string, ViewerAnswer>;
}

export const CONFIG_PATH = '/plugins/servlet/onlyoffice/preview-config';

/** One request for every macro that just became visible. */
export async function fetchViewerConfigs(attachmentIds: string[]): Promise<ViewerConfigs> {
  const query = attachmentIds.map((id) => `attachmentId=${encodeURIComponent(id)}`).join('&');
  const response = await fetch(`${contextPath()}${CONFIG_PATH}?${query}`, {
    credentials: 'same-origin',
    headers: { Accept: 'application/json' },
  });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return (await response.json()) as ViewerConfigs;
}
