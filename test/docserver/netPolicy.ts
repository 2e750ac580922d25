// DS's request-filtering-agent (docs-api §9.3): no private, loopback or link-local targets unless the URL
// came out of a verified JWT or allowPrivateIP is set.
import { lookup } from 'dns/promises';
import { isIP } from 'net';
import { OutboundError } from './outbound';

export function isPrivateAddress(ip: string): boolean {
  const v4 = ip.startsWith('::ffff:') ? ip.slice(7) : ip;
  if (isIP(v4) === 4) {
    const [a, b] = v4.split('.').map(Number);
    return (
      a === 0 || // "this network" / meta address
      a === 10 ||
      a === 127 ||
      (a === 100 && b >= 64 && b <= 127) || // carrier-grade NAT
      (a === 169 && b === 254) ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168)
    );
  }
  const v6 = ip.toLowerCase();
  return v6 === '::' || v6 === '::1' || v6.startsWith('fc') || v6.startsWith('fd') || /^fe[89ab]/.test(v6);
}

/** Rejects with OutboundError('EBLOCKED') when the URL's host resolves to a forbidden address. */
export async function assertAllowedTarget(url: string, trusted: boolean, allowPrivateIP: boolean): Promise<void> {
  if (trusted || allowPrivateIP) return;
  const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
  const addresses = isIP(host) ? [host] : (await lookup(host, { all: true })).map((a) => a.address);
  const blocked = addresses.find(isPrivateAddress);
  if (blocked) {
    throw new OutboundError('EBLOCKED', `DNS lookup ${blocked}(family:${isIP(blocked)}, host:${host}) is not allowed. Because, It is private IP address.`);
  }
}
