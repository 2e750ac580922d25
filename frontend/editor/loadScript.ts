/** Loads a script; rejects on error or when it has not loaded within timeoutMs (an unreachable host may hang). */
export function loadScript(doc: Document, src: string, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = doc.createElement('script');
    const timer = setTimeout(() => {
      script.remove();
      reject(new Error('timeout'));
    }, timeoutMs);
    script.src = src;
    script.async = true;
    script.onload = () => {
      clearTimeout(timer);
      resolve();
    };
    script.onerror = () => {
      clearTimeout(timer);
      script.remove();
      reject(new Error('load error'));
    };
    doc.head.appendChild(script);
  });
}
