// How the bench prints: every figure with its goal and whether it is met, so that a reader never has to guess.
export interface Goal {
  text: string; // e.g. "<= 1 KB"
  met: boolean;
}

export const goal = (text: string, met: boolean): Goal => ({ text, met });

export function section(title: string): void {
  console.log(`\n${title}`);
}

/** One figure: label, value, and (if it has one) the goal and "met" / "NOT MET". */
export function figure(label: string, value: string, target?: Goal, note = ''): void {
  const verdict = target ? `goal ${target.text}: ${target.met ? 'met' : 'NOT MET'}` : '';
  console.log(`  ${label.padEnd(58)}${value.padStart(14)}  ${verdict}${note ? `  (${note})` : ''}`);
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(2)} KB`;
export const ms = (value: number, digits = 2) => `${value.toFixed(digits)} ms`;

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}
