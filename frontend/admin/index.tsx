import { createRoot } from 'react-dom/client';
import { AdminPage } from './AdminPage';

// Confluence's atl.admin decorator writes the resources the page required into its <head>, as plain (not deferred)
// scripts: this one runs before the body exists, so it mounts once the document is parsed.
function mountAdminPage(): void {
  const mount = document.getElementById('docsbridge-admin-root');
  if (mount) createRoot(mount).render(<AdminPage />);
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mountAdminPage, { once: true });
else mountAdminPage();
