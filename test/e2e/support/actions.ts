/**
 * The app's action links of one attachment: Confluence renders a web-item's link URL but not its linkId, so the
 * actions carry classes and are told apart by the attachmentId in their link.
 */
export function actionSelector(id: number, classes = ['docsbridge-open', 'docsbridge-dialog']): string {
  return classes.flatMap((c) => [`a.${c}[href$="attachmentId=${id}"]`, `a.${c}[href*="attachmentId=${id}&"]`]).join(', ');
}
