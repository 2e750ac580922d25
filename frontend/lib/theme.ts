// Confluence's colour mode (html[data-color-mode], set by the product's design tokens), handed to the app's own
// full pages as `theme=dark|light` so that the editor and its messages follow the theme the user chose.
export function withConfluenceTheme(url: string, doc: Document = document): string {
  const mode = doc.documentElement.getAttribute('data-color-mode');
  if (mode !== 'dark' && mode !== 'light') return url;
  return url + (url.includes('?') ? '&' : '?') + 'theme=' + mode;
}
