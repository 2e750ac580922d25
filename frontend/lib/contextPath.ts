// Confluence's context path (e.g. "/confluence"), from the product's WRM global.
export function contextPath(): string {
  return typeof WRM !== 'undefined' && typeof WRM.contextPath === 'function' ? WRM.contextPath() : '';
}
