// A new JWT secret: 32 bytes (256 bits) from the browser's cryptographic random source, written as base64url
// without padding, i.e. 43 characters that are safe in configuration files and environment variables.
export const SECRET_BYTES = 32;

export function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function generateSecret(random: Pick<Crypto, 'getRandomValues'> = crypto): string {
  const bytes = new Uint8Array(SECRET_BYTES);
  random.getRandomValues(bytes);
  return base64url(bytes);
}
