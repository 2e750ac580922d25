// Runs on every Confluence page, so it stays tiny: ONLYOFFICE attachment actions open in a new tab.
document.addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest?.('a.docsbridge-open');
  if (!(link instanceof HTMLAnchorElement) || event.defaultPrevented) return;
  event.preventDefault();
  window.open(link.href, '_blank', 'noopener');
});
