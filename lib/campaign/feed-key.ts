/**
 * Public Ed25519 key (raw 32 bytes, base64) that signed campaign updates must verify against.
 * Rotate with `npm run feed:keygen` and ship the new key in a release; the private key never
 * enters the repository (see docs/campaign-data.md).
 */
export const FEED_PUBLIC_KEY = '6zIhMzz8uCz4ExB0AvIcbO8WdBkcEuehH7vl+tRu4QQ=';
