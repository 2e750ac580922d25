// Fills {0}, {1}… placeholders of a message that came from WRM.I18n.getText('key'), the way Java's
// MessageFormat does for simple arguments ('' is a literal quote).
export function format(message: string, ...args: Array<string | number>): string {
  return message
    .replace(/\{(\d+)\}/g, (whole, index: string) => {
      const value = args[Number(index)];
      return value === undefined ? whole : String(value);
    })
    .replace(/''/g, "'");
}
