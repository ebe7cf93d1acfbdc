// What the QR hand-in benchmark loads: the result-file generator and the browser-test harness,
// fake camera included, so the bench drives the app exactly as the browser tests do.
export { generateResultFiles } from '../e2e/workshop-files';
export { startPreviewServer } from '../e2e/harness/preview-server';
export { assertChromium, CHROMIUM_ARGS, launchChromium } from '../e2e/harness/chromium';
export { captureHandInCodes, fakeCameraArgs, grayPixels, writeFakeCamera } from '../e2e/harness/fake-camera';
