// Fills {0}, {1}… placeholders of a message from the i18n files (WRM's getText), the way Java's
// MessageFormat does for simple arguments ('' is a literal quote).
export function format(message: string, ...args: Array<string | number>): string {
  return message
    .replace(/\{(\d+)\}/g, (whole, index: string) => {
      const value = args[Number(index)];
      return value === undefined ? whole : String(value);
    })
    .replace(/''/g, "'");
}
