// Atlaskit's LinkButton hands newWindowLabel on to its Anchor, which otherwise announces "(opens new window)" in
// English to screen readers, but does not declare the prop; spread this into a LinkButton with target="_blank".
export function newTabLabel(): Record<string, string> {
  return { newWindowLabel: WRM.I18n.getText('docsbridge.action.opensNewTab') };
}
