// Fills a message's {0}, {1}… with React nodes (a link to a file, say) instead of text, keeping the translator's
// word order. Plain-text arguments go through the same rules as format().
import { Fragment, type ReactNode } from 'react';
import { format } from '../lib/i18n';

export function richFormat(message: string, ...args: ReactNode[]): ReactNode[] {
  return format(message).split(/(\{\d+\})/).map((part, i) => {
    const placeholder = /^\{(\d+)\}$/.exec(part);
    const value = placeholder ? args[Number(placeholder[1])] : part;
    return <Fragment key={i}>{value === undefined ? part : value}</Fragment>;
  });
}
