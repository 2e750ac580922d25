// Non-zip output files: a minimal valid PDF, RTF, HTML, plain text, a 1x1 PNG.

/** One-page PDF 1.4 with Helvetica text lines and a correct xref table. */
export function buildPdf(lines: string[]): Buffer {
  const esc = (s: string) => s.replace(/[^\x20-\x7e]/g, '?').replace(/([()\\])/g, '\\$1');
  const text = lines.slice(0, 50).map((l, i) => `${i ? 'T* ' : ''}(${esc(l)}) Tj`).join('\n');
  const stream = `BT\n/F1 12 Tf\n14 TL\n72 770 Td\n${text}\nET\n`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}endstream`,
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xrefAt = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  out += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xrefAt}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

export function buildRtf(lines: string[]): Buffer {
  const esc = (s: string) =>
    [...s].map((ch) => {
      if (ch === '\\' || ch === '{' || ch === '}') return `\\${ch}`;
      const code = ch.codePointAt(0) as number;
      return code < 128 ? ch : code < 0x10000 ? `\\u${code > 32767 ? code - 65536 : code}?` : '?';
    }).join('');
  return Buffer.from(`{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Arial;}}\\f0\\fs24 ${lines.map(esc).join('\\par\n')}\\par\n}`, 'utf8');
}

export function buildHtml(lines: string[], title: string): Buffer {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return Buffer.from(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(title)}</title></head><body>${lines.map((l) => `<p>${esc(l)}</p>`).join('')}</body></html>\n`, 'utf8');
}

export function buildText(lines: string[]): Buffer {
  return Buffer.from(lines.join('\n') + '\n', 'utf8');
}

// A well-known 1x1 transparent PNG: enough for "thumbnail"/image targets to be real images.
const PNG_1X1 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

export function buildPng(): Buffer {
  return Buffer.from(PNG_1X1, 'base64');
}
