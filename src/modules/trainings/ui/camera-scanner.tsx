import { useEffect, useRef, useState } from 'preact/hooks';
import { useT } from '../../../core/web/i18n';

/** How often a frame is looked at: enough to feel instant, little enough for an old phone. */
const SCAN_EVERY_MS = 250;

type Decode = (data: Uint8ClampedArray, width: number, height: number) => { data: string } | null;

/**
 * The back camera drawn into a canvas and read for a QR code with jsQR (fetched only when the camera
 * starts). The video element is never put on the page: the canvas shows what the camera sees.
 */
export function CameraScanner({ onFound }: { onFound: (text: string) => boolean }) {
  const t = useT('trainings');
  const canvas = useRef<HTMLCanvasElement>(null);
  const [state, setState] = useState<'starting' | 'scanning' | 'denied' | 'unavailable'>('starting');
  useEffect(() => {
    let stream: MediaStream | null = null;
    let timer: ReturnType<typeof setInterval> | undefined;
    let stopped = false;
    const video = document.createElement('video');
    video.muted = true;
    video.playsInline = true;
    const stop = () => {
      stopped = true;
      clearInterval(timer);
      for (const track of stream?.getTracks() ?? []) track.stop();
    };
    const start = async () => {
      if (!navigator.mediaDevices?.getUserMedia) return setState('unavailable');
      try {
        const [media, jsqr] = await Promise.all([
          navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false }),
          import('jsqr'),
        ]);
        stream = media;
        if (stopped) return stop();
        const decode = jsqr.default as unknown as Decode;
        video.srcObject = media;
        await video.play();
        setState('scanning');
        timer = setInterval(() => {
          const c = canvas.current;
          const ctx = c?.getContext('2d', { willReadFrequently: true });
          if (!c || !ctx || !video.videoWidth) return;
          c.width = video.videoWidth;
          c.height = video.videoHeight;
          ctx.drawImage(video, 0, 0);
          const found = decode(ctx.getImageData(0, 0, c.width, c.height).data, c.width, c.height);
          if (found && onFound(found.data)) stop();
        }, SCAN_EVERY_MS);
      } catch (err) {
        setState((err as Error).name === 'NotAllowedError' ? 'denied' : 'unavailable');
      }
    };
    void start();
    return stop;
  }, []);
  return (
    <div class="scanner">
      <canvas ref={canvas} class="scanner-view" role="img" aria-label={t('scan.cameraLabel')} hidden={state !== 'scanning'} />
      {state === 'starting' && <p role="status">{t('scan.starting')}</p>}
      {state === 'denied' && <p class="notice notice-error">{t('scan.denied')}</p>}
      {state === 'unavailable' && <p class="notice notice-error">{t('scan.unavailable')}</p>}
    </div>
  );
}
