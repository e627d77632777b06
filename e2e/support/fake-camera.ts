import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { PNG } from 'pngjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './browser';

/** White space around the picture, as a camera pointed at a screen would see it. */
const MARGIN = 80;

/**
 * A still picture (PNG) as a Y4M video, the format Chromium's fake camera plays: greyscale luma, and
 * neutral chroma. Returns the file's path; delete its folder when done.
 */
export function pictureAsVideo(png: Buffer): string {
  const image = PNG.sync.read(png);
  const even = (n: number) => n + (n % 2);
  const width = even(image.width + 2 * MARGIN);
  const height = even(image.height + 2 * MARGIN);
  const luma = Buffer.alloc(width * height, 255);
  for (let y = 0; y < image.height; y++)
    for (let x = 0; x < image.width; x++) {
      const i = (y * image.width + x) * 4;
      const grey = Math.round(0.299 * image.data[i] + 0.587 * image.data[i + 1] + 0.114 * image.data[i + 2]);
      luma[(y + MARGIN) * width + x + MARGIN] = grey;
    }
  const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'whistle-camera-')), 'qr.y4m');
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma]);
  fs.writeFileSync(file, Buffer.concat([Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`), frame, frame]));
  return file;
}

/** A browser whose camera shows `video` (a Y4M file) and is allowed without asking. */
export function launchWithCamera(video: string): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      ...CHROMIUM_ARGS,
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-video-capture=${video}`,
    ],
  });
}
