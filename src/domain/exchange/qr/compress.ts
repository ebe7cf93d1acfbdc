/**
 * Raw deflate, by the browser's CompressionStream / DecompressionStream where it has 'deflate-raw'
 * (Chrome 103, Safari 16.4, Firefox 113), otherwise by fflate, fetched only on such a browser.
 * Both write standard deflate, so either side can read what the other wrote.
 */

export type InflateResult = { ok: true; bytes: Uint8Array } | { ok: false; reason: 'corrupt' | 'too_large' };

/** True when this platform compresses 'deflate-raw' itself (older engines throw on the format name). */
export function hasPlatformDeflateRaw(): boolean {
  try {
    return typeof CompressionStream === 'function' && typeof DecompressionStream === 'function' && !!new CompressionStream('deflate-raw');
  } catch {
    return false;
  }
}

async function collect(readable: ReadableStream<Uint8Array>, maxBytes: number): Promise<InflateResult> {
  const reader = readable.getReader();
  const parts: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      // A few hundred bytes of deflate can stand for megabytes: stop reading as soon as the limit is passed.
      if (total > maxBytes) {
        void reader.cancel().catch(() => undefined);
        return { ok: false, reason: 'too_large' };
      }
      parts.push(value);
    }
  } catch {
    return { ok: false, reason: 'corrupt' };
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.byteLength;
  }
  return { ok: true, bytes: out };
}

/** Pushes bytes through a transform stream; the writer's own rejections are read from the readable side. */
function through(stream: CompressionStream | DecompressionStream, bytes: Uint8Array): ReadableStream<Uint8Array> {
  const writer = stream.writable.getWriter();
  writer.write(bytes as Uint8Array<ArrayBuffer>).catch(() => undefined);
  writer.close().catch(() => undefined);
  return stream.readable as ReadableStream<Uint8Array>;
}

/** Raw deflate of `bytes`, by the platform when it can, else by fflate (`useFallback` forces the latter, for tests). */
export async function deflateRaw(bytes: Uint8Array, useFallback = !hasPlatformDeflateRaw()): Promise<Uint8Array> {
  if (useFallback) {
    const { deflateSync } = await import('fflate');
    return deflateSync(bytes, { level: 9 });
  }
  const r = await collect(through(new CompressionStream('deflate-raw'), bytes), Number.POSITIVE_INFINITY);
  if (!r.ok) throw new Error('deflate-raw failed'); // compressing bytes in memory cannot fail
  return r.bytes;
}

/** Inflates raw deflate, refusing corrupt input and output over `maxBytes`. Never throws. */
export async function inflateRaw(bytes: Uint8Array, maxBytes: number, useFallback = !hasPlatformDeflateRaw()): Promise<InflateResult> {
  if (!useFallback) return collect(through(new DecompressionStream('deflate-raw'), bytes), maxBytes);
  try {
    const { Inflate } = await import('fflate');
    const parts: Uint8Array[] = [];
    let total = 0;
    let over = false;
    let ended = false;
    const inflater = new Inflate((chunk, final) => {
      total += chunk.byteLength;
      if (total > maxBytes) over = true;
      else parts.push(chunk);
      if (final) ended = true;
    });
    inflater.push(bytes, true);
    if (over) return { ok: false, reason: 'too_large' };
    if (!ended) return { ok: false, reason: 'corrupt' };
    const out = new Uint8Array(total);
    let at = 0;
    for (const p of parts) {
      out.set(p, at);
      at += p.byteLength;
    }
    return { ok: true, bytes: out };
  } catch {
    return { ok: false, reason: 'corrupt' };
  }
}
