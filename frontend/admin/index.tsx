import { createRoot } from 'react-dom/client';
import { AdminPage } from './AdminPage';

const mount = document.getElementById('docsbridge-admin-root');
if (mount) createRoot(mount).render(<AdminPage />);
