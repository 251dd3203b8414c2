// Evidence uploads are what they claim (G30 archives them per target; the admin offers them for download):
// the file name is cleaned, its extension must be one of the allowed kinds, the declared type must fit the
// extension, and the content's real type — sniffed by file-type from its magic bytes — must be that type.
// Active content (HTML, SVG, XML, script) is refused whatever it is declared as, so nothing served back can
// run in the admin's origin.
import { fileTypeFromBuffer } from 'file-type';
import { userError } from './errors.ts';

/** Extension → the declared MIME types it may carry and the types file-type may find in it (null = text, no magic). */
const KINDS: Record<string, { declared: readonly string[]; sniffed: readonly string[] | null }> = {
  jpg: { declared: ['image/jpeg'], sniffed: ['image/jpeg'] },
  jpeg: { declared: ['image/jpeg'], sniffed: ['image/jpeg'] },
  png: { declared: ['image/png'], sniffed: ['image/png'] },
  gif: { declared: ['image/gif'], sniffed: ['image/gif'] },
  webp: { declared: ['image/webp'], sniffed: ['image/webp'] },
  heic: { declared: ['image/heic'], sniffed: ['image/heic', 'image/heif'] },
  tif: { declared: ['image/tiff'], sniffed: ['image/tiff'] },
  tiff: { declared: ['image/tiff'], sniffed: ['image/tiff'] },
  pdf: { declared: ['application/pdf'], sniffed: ['application/pdf'] },
  mp4: { declared: ['video/mp4'], sniffed: ['video/mp4'] },
  mov: { declared: ['video/quicktime'], sniffed: ['video/quicktime'] },
  webm: { declared: ['video/webm'], sniffed: ['video/webm'] },
  mp3: { declared: ['audio/mpeg'], sniffed: ['audio/mpeg'] },
  m4a: { declared: ['audio/mp4', 'audio/x-m4a'], sniffed: ['audio/x-m4a', 'audio/mp4', 'video/mp4'] },
  wav: { declared: ['audio/wav'], sniffed: ['audio/wav', 'audio/vnd.wave'] },
  aac: { declared: ['audio/aac'], sniffed: ['audio/aac'] },
  doc: { declared: ['application/msword'], sniffed: ['application/x-cfb'] },
  xls: { declared: ['application/vnd.ms-excel'], sniffed: ['application/x-cfb'] },
  docx: {
    declared: ['application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    sniffed: ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'application/zip'],
  },
  xlsx: {
    declared: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    sniffed: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/zip'],
  },
  txt: { declared: ['text/plain'], sniffed: null },
};

/** Every type the upload accepts, for the message and the admin's file picker. */
export const EVIDENCE_EXTENSIONS = Object.keys(KINDS);

// Bidirectional overrides and isolates (a name shown as "photo‮gpj.exe"), other format and control characters.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this pattern's purpose
const UNSAFE_NAME = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff/\\]/g;

/** A file name safe to show and to offer for download: no control or direction characters, no path. */
export function cleanFileName(name: string): string {
  const cleaned = name.normalize('NFC').replace(UNSAFE_NAME, '').replace(/\s+/g, ' ').trim().replace(/^\.+/, '');
  return cleaned.slice(-200);
}

// Markup or script at the start of a text file: what a browser could run if it were ever served as a page.
const ACTIVE_TEXT = /^\s*(<!doctype|<html|<head|<body|<script|<svg|<\?xml|<iframe|<object|<embed|<[a-z]+[\s>][\s\S]*<\/[a-z]+>)/i;

/** Checks an upload; returns the clean name and the type to store, or throws a typed refusal. */
export async function checkEvidence(filename: string, declaredType: string, data: Buffer): Promise<{ filename: string; mimeType: string }> {
  const name = cleanFileName(filename);
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  const kind = ext ? KINDS[ext] : undefined;
  if (!name || !kind) throw userError('EVIDENCE.TYPE_NOT_ALLOWED', `文件扩展名须为 ${EVIDENCE_EXTENSIONS.join('、')} 之一`, { field: 'filename' });
  const mimeType = declaredType.trim().toLowerCase();
  if (!kind.declared.includes(mimeType)) throw userError('EVIDENCE.TYPE_NOT_ALLOWED', `扩展名 .${ext} 与声明的类型 ${mimeType} 不符`, { field: 'mimeType' });
  const sniffed = await fileTypeFromBuffer(data);
  if (kind.sniffed === null) {
    // Plain text has no magic bytes: refuse anything with a binary signature or markup at its start.
    if (sniffed || ACTIVE_TEXT.test(data.subarray(0, 4096).toString('utf8'))) {
      throw userError('EVIDENCE.ACTIVE_CONTENT', sniffed ? `内容实为 ${sniffed.mime}` : undefined, { field: 'contentBase64' });
    }
    return { filename: name, mimeType };
  }
  if (!sniffed || !kind.sniffed.includes(sniffed.mime)) {
    throw userError('EVIDENCE.CONTENT_MISMATCH', sniffed ? `内容实为 ${sniffed.mime}` : '无法识别文件内容', {
      field: 'contentBase64',
      declared: mimeType,
      detected: sniffed?.mime ?? null,
    });
  }
  return { filename: name, mimeType };
}
