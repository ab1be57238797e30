import { bidiParts } from '../../lib/letters/bidi';

/** Letter text with its isolated left-to-right runs (FSI … PDI) rendered as `<bdi>`. */
export function BidiText({ text }: { text: string }) {
  return <>{bidiParts(text).map((p, k) => (p.isolate ? <bdi key={k}>{p.text}</bdi> : p.text))}</>;
}
