import type { Image } from 'qr/decode.js';

type Decode = (img: Image, opts?: { effort?: number; timeLimit?: number }) => string;
let decoder: Promise<Decode> | null = null;

/** The QR decoder (15 kB), fetched the first time a code is to be read, never with the workshop itself. */
export function loadDecoder(): Promise<Decode> {
  decoder ??= import('qr/decode.js').then((m) => m.default as Decode);
  return decoder;
}

let canvas: HTMLCanvasElement | null = null;
/** One off-screen canvas every frame and picture is drawn into (the reader runs one at a time, on the main thread). */
export function scratchCanvas(): HTMLCanvasElement {
  canvas ??= document.createElement('canvas');
  return canvas;
}

/** Largest side a picture is read at: enough for a code filling a fifth of a 12-megapixel photo, quick to search. */
const MAX_PICTURE_SIDE = 2000;

/** Draws `source` into `canvas` at (at most) `maxSide` and reads a QR code from it: its text, or null when none is found. */
export function readQr(decode: Decode, target: HTMLCanvasElement, source: CanvasImageSource, width: number, height: number, thorough = false, maxSide = 1280): string | null {
  if (!width || !height) return null;
  const scale = Math.min(1, maxSide / Math.max(width, height));
  const w = Math.round(width * scale);
  const h = Math.round(height * scale);
  if (target.width !== w) target.width = w;
  if (target.height !== h) target.height = h;
  const ctx = target.getContext('2d', { willReadFrequently: true });
  if (!ctx) return null;
  ctx.drawImage(source, 0, 0, w, h);
  try {
    // A photo gets every retry; a camera frame only what fits in its slot (the next frame comes anyway).
    return decode(ctx.getImageData(0, 0, w, h), thorough ? { effort: Infinity, timeLimit: Infinity } : undefined);
  } catch {
    return null; // no code in this picture
  }
}

/** Reads a QR code from an image file (photo or screenshot); null when the file is no image or holds no code. */
export async function readQrFromFile(file: File): Promise<string | null> {
  const decode = await loadDecoder();
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    return null;
  }
  try {
    return readQr(decode, scratchCanvas(), bitmap, bitmap.width, bitmap.height, true, MAX_PICTURE_SIDE);
  } finally {
    bitmap.close();
  }
}
