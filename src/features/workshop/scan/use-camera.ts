import { useCallback, useEffect, useRef, useState } from 'react';

/** Why the camera could not be used; each has its own message and every one offers the pictures instead. */
export type CameraProblem = 'denied' | 'no_camera' | 'in_use' | 'file_page' | 'unsupported' | 'failed';

export type CameraState = { status: 'off' } | { status: 'starting' } | { status: 'live' } | { status: 'failed'; problem: CameraProblem };

const openedFromFile = () => window.location.protocol === 'file:';

/** The browser's refusal, in our terms. A page opened from a file gets its own reason: some browsers never allow a camera there. */
function problemOf(error: unknown): CameraProblem {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  if (openedFromFile() && (name === 'NotAllowedError' || name === 'SecurityError' || name === 'TypeError')) return 'file_page';
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'denied';
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'no_camera';
  if (name === 'NotReadableError' || name === 'AbortError') return 'in_use';
  return 'failed';
}

/**
 * The laptop camera in a <video>: started on request (the browser asks for permission then), stopped
 * on request and whenever the component goes, so the camera light never stays on behind the facilitator's back.
 */
export function useCamera() {
  const video = useRef<HTMLVideoElement>(null);
  const stream = useRef<MediaStream | null>(null);
  const [state, setState] = useState<CameraState>({ status: 'off' });
  const [devices, setDevices] = useState<MediaDeviceInfo[]>([]);

  const stop = useCallback(() => {
    for (const track of stream.current?.getTracks() ?? []) track.stop();
    stream.current = null;
    if (video.current) video.current.srcObject = null;
    setState((s) => (s.status === 'failed' ? s : { status: 'off' }));
  }, []);

  const start = useCallback(
    async (deviceId?: string) => {
      for (const track of stream.current?.getTracks() ?? []) track.stop();
      const media = navigator.mediaDevices;
      if (!media?.getUserMedia) return setState({ status: 'failed', problem: openedFromFile() ? 'file_page' : 'unsupported' });
      setState({ status: 'starting' });
      try {
        // The laptop's own camera faces the room; 720p gives each module of a phone's code a few pixels at arm's length.
        const s = await media.getUserMedia({
          audio: false,
          video: { ...(deviceId ? { deviceId: { exact: deviceId } } : { facingMode: 'user' }), width: { ideal: 1280 }, height: { ideal: 720 } },
        });
        stream.current = s;
        if (video.current) {
          video.current.srcObject = s;
          await video.current.play().catch(() => undefined);
        }
        setState({ status: 'live' });
        // Device names are given only once permission is granted.
        const all = await media.enumerateDevices().catch(() => []);
        setDevices(all.filter((d) => d.kind === 'videoinput'));
      } catch (e) {
        setState({ status: 'failed', problem: problemOf(e) });
      }
    },
    [],
  );

  useEffect(() => () => stop(), [stop]);
  return { video, state, devices, start, stop };
}
