import Button from '@atlaskit/button/new';

// The Configure page's frame; the settings form lives in its own component.
export function AdminPage() {
  return (
    <main aria-labelledby="docsbridge-admin-title">
      <h1 id="docsbridge-admin-title">{WRM.I18n.getText('docsbridge.admin.title')}</h1>
      <p>{WRM.I18n.getText('docsbridge.admin.description')}</p>
      <Button appearance="primary" type="submit" form="docsbridge-settings">
        {WRM.I18n.getText('docsbridge.admin.save')}
      </Button>
    </main>
  );
}
