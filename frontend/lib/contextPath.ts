// Confluence's context path (e.g. "/confluence"): from the product's WRM global when the page has it, else from
// the ajs-context-path meta tag that Confluence pages (and the app's own full pages) carry.
export function contextPath(): string {
  if (typeof WRM !== 'undefined' && typeof WRM.contextPath === 'function') return WRM.contextPath();
  return document.querySelector('meta[name="ajs-context-path"]')?.getAttribute('content') ?? '';
}
