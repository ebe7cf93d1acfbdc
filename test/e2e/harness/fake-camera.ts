import { execFileSync, spawn } from 'node:child_process';
import type { Page } from 'playwright-core';

/** ffmpeg from Debian's packages (`.ci/run` installs it); FFMPEG_PATH overrides. Browser tests fail, never skip, without it. */
export function ffmpegPath(): string {
  const path = process.env.FFMPEG_PATH ?? 'ffmpeg';
  try {
    execFileSync(path, ['-version'], { stdio: 'ignore' });
  } catch {
    throw new Error(`The fake-camera browser tests need ffmpeg, and none was found (${path}).\nInstall it with:  apt-get update && apt-get install -y ffmpeg`);
  }
  return path;
}

function run(args: string[], input?: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn(ffmpegPath(), ['-hide_banner', '-loglevel', 'error', ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    let err = '';
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(Buffer.concat(out)) : reject(new Error(`ffmpeg ${args.join(' ')} failed (${code}): ${err}`))));
    child.stdin.on('error', () => undefined);
    child.stdin.end(input);
  });
}

/** A screenshot (PNG) scaled by ffmpeg to `size` × `size` grey pixels, as a camera sees a screen: averaged, a little soft. */
export const grayPixels = (png: Buffer, size: number) =>
  run(['-f', 'png_pipe', '-i', 'pipe:0', '-vf', `scale=${size}:${size}:flags=area`, '-f', 'rawvideo', '-pix_fmt', 'gray', 'pipe:1'], png);

/** What the camera sees for a number of frames: a code (grey pixels of `size` × `size`), or the empty room. */
export interface Shot {
  code?: Buffer;
  frames: number;
}

export interface CameraOptions {
  width?: number;
  height?: number;
  fps?: number;
  /** Side of the code in the frame, in pixels. */
  size?: number;
}

/**
 * Writes a Y4M video for Chromium's fake camera (`--use-file-for-fake-video-capture`, which loops it):
 * each shot's code centred on a dim background, slightly blurred and with sensor noise, encoded by
 * ffmpeg. A 12-pixel square in the top-left corner is white while a code is in view and black
 * otherwise, so a benchmark can tell, frame by frame, when a code came into view.
 */
export async function writeFakeCamera(path: string, shots: readonly Shot[], { width = 640, height = 480, fps = 10, size = 300 }: CameraOptions = {}): Promise<void> {
  const frame = Buffer.alloc(width * height);
  const frames: Buffer[] = [];
  for (const shot of shots) {
    frame.fill(70);
    const mark = shot.code ? 255 : 0;
    for (let y = 0; y < 12; y++) frame.fill(mark, y * width, y * width + 12);
    if (shot.code) {
      const left = Math.round((width - size) / 2);
      const top = Math.round((height - size) / 2);
      for (let y = 0; y < size; y++) shot.code.copy(frame, (top + y) * width + left, y * size, (y + 1) * size);
    }
    for (let i = 0; i < shot.frames; i++) frames.push(Buffer.from(frame));
  }
  await run(
    ['-f', 'rawvideo', '-pix_fmt', 'gray', '-s', `${width}x${height}`, '-r', String(fps), '-i', 'pipe:0', '-vf', 'gblur=sigma=0.6,noise=alls=4:allf=t', '-pix_fmt', 'yuv420p', '-y', path],
    Buffer.concat(frames),
  );
}

/** Chromium flags that make `path` the only camera, with permission granted by the context (or refused by its absence). */
export const fakeCameraArgs = (path: string) => ['--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${path}`];

/**
 * Screenshots of every QR code the participant's hand-in screen shows for one assessment, in order
 * (the loop paused and stepped with its own buttons, by keyboard), the firm's name included if asked.
 */
export async function captureHandInCodes(page: Page, assessmentId: string, { includeName = false } = {}): Promise<Buffer[]> {
  await page.goto(`${page.url().split('#')[0]}#/handin/${encodeURIComponent(assessmentId)}`);
  const img = page.locator('.handin-code img.qr-code');
  await img.waitFor();
  if (includeName) {
    const before = await img.getAttribute('src');
    await page.getByRole('checkbox', { name: /^(Include the firm name|附上企业名称)/ }).check();
    await page.waitForFunction((src) => document.querySelector('.handin-code img.qr-code')?.getAttribute('src') !== src, before);
  }
  const pause = page.getByRole('button', { name: /^(Pause|暂停)$/ });
  if ((await pause.count()) === 0) return [await img.screenshot()];
  await pause.focus();
  await page.keyboard.press('Enter');
  const m = Number(/(\d+)\D*$/.exec((await page.locator('.handin-position').textContent()) ?? '')?.[1]);
  const shots: Buffer[] = [];
  for (let i = 0; i < m; i++) {
    // Step to code i by the Next button, whatever the loop showed when it was paused.
    while (Number(await page.locator('.handin-code').getAttribute('data-code-index')) !== i) await page.getByRole('button', { name: /^(Next code|下一个)$/ }).click();
    shots.push(await img.screenshot());
  }
  return shots;
}
