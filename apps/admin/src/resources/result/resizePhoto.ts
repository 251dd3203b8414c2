// Photos taken on site are often 4–12 MB straight from a phone's camera: resized in the browser (longest edge
// 2048 px, about 1 MB) before the upload unless the user keeps the original. browser-image-compression does it on
// a canvas, turns the picture by its EXIF orientation and, for JPEG, copies the original EXIF block (the time the
// photo was taken, the place when the camera records it) into the smaller file, so the evidence keeps them.
// Loaded on demand (its own chunk) and without its web worker, which would load the library from a CDN that the
// admin's content security policy does not allow. Types it cannot decode (HEIC, TIFF, GIF) are uploaded as they are.

/** The longest edge of a resized photo, in pixels. */
export const PHOTO_MAX_EDGE = 2048;
/** The size a resized photo aims for, in MB. */
export const PHOTO_TARGET_MB = 1;

const RESIZABLE = /^image\/(jpeg|png|webp)$/;

/** Whether `resizePhoto` would try to make `file` smaller. */
export const isResizable = (file: Pick<File, 'type'>) => RESIZABLE.test(file.type);

/** The photo made smaller, with its name, type and time; the original when it cannot be or is small already. */
export async function resizePhoto(file: File): Promise<File> {
  if (!isResizable(file)) return file;
  const { default: imageCompression } = await import('browser-image-compression');
  const smaller = await imageCompression(file, {
    maxWidthOrHeight: PHOTO_MAX_EDGE,
    maxSizeMB: PHOTO_TARGET_MB,
    initialQuality: 0.85,
    useWebWorker: false,
    preserveExif: file.type === 'image/jpeg',
  });
  if (smaller.size >= file.size) return file;
  return new File([smaller], file.name, { type: smaller.type || file.type, lastModified: file.lastModified });
}
