import { ApiError } from '../../../core/web/api';
import type { EvidenceItem, MediaType } from '../contract';

/** The contract's MEDIA_TYPES by file extension, for phones that give a file no type. */
const BY_EXTENSION: Record<string, MediaType> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  mp4: 'video/mp4',
  m4v: 'video/mp4',
  mov: 'video/quicktime',
  webm: 'video/webm',
};
const KNOWN = new Set<string>(Object.values(BY_EXTENSION));

/** The type to send a file as, or null when the server would refuse it (HEIC, documents…). */
export function mediaTypeOf(file: File): MediaType | null {
  if (KNOWN.has(file.type)) return file.type as MediaType;
  if (file.type) return null;
  return BY_EXTENSION[file.name.split('.').pop()?.toLowerCase() ?? ''] ?? null;
}

export type Target = { reportId: string; uploadToken: string } | { incidentId: string };

function errorOf(xhr: XMLHttpRequest): ApiError {
  try {
    const e = (JSON.parse(xhr.responseText) as { error?: { code?: unknown; message?: unknown; field?: unknown } }).error;
    if (e && typeof e.code === 'string') return new ApiError(xhr.status, e.code, String(e.message ?? ''));
  } catch {
    // Not JSON: a proxy's error page.
  }
  return new ApiError(xhr.status, xhr.status === 413 ? 'too_large' : xhr.status >= 500 ? 'internal' : 'http_error', xhr.statusText);
}

/**
 * Sends one file as the raw body, reporting progress (fetch cannot report an upload's progress,
 * XMLHttpRequest can). The reporter's upload token goes in a header, never in the URL.
 */
export function sendEvidence(target: Target, file: File, type: MediaType, onProgress: (fraction: number) => void): Promise<EvidenceItem> {
  const anonymous = 'uploadToken' in target;
  const incidentId = anonymous ? target.reportId : target.incidentId;
  const path = `/api/evidence/${anonymous ? 'reporter-uploads' : 'uploads'}?incidentId=${encodeURIComponent(incidentId)}`;
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    xhr.setRequestHeader('Content-Type', type);
    xhr.setRequestHeader('Accept', 'application/json');
    if (anonymous) xhr.setRequestHeader('X-Upload-Token', target.uploadToken);
    xhr.upload.onprogress = (e) => onProgress(e.loaded / (e.lengthComputable ? e.total : file.size || 1));
    xhr.onload = () => {
      if (xhr.status === 201) resolve(JSON.parse(xhr.responseText) as EvidenceItem);
      else reject(errorOf(xhr));
    };
    xhr.onerror = () => reject(new ApiError(0, 'network', 'The server could not be reached.'));
    xhr.send(file);
  });
}
