import { formatNumber } from './locale';

// Fills {0}, {1}… placeholders of a message from the i18n files (WRM's getText), the way Java's
// MessageFormat does for simple arguments ('' is a literal quote): numbers in the user's locale ("1.234" in German),
// strings as they are.
export function format(message: string, ...args: Array<string | number>): string {
  return message
    .replace(/\{(\d+)\}/g, (whole, index: string) => {
      const value = args[Number(index)];
      if (value === undefined) return whole;
      return typeof value === 'number' ? formatNumber(value) : String(value);
    })
    .replace(/''/g, "'");
}
