import { useEffect, useState } from 'react';
import type { Assessment } from '@/domain/assessment/assessment';
import { buildHandInFile, encodeHandIn } from '@/domain/exchange/qr/hand-in-payload';
import { qrMatrices } from './qr-matrix';

export type HandInCodes = { status: 'encoding' } | { status: 'ready'; matrices: boolean[][][]; payloadBytes: number } | { status: 'too_large' };

/**
 * The QR codes of an assessment's hand-in, built again when the answers or the name choice change.
 * The export time is fixed for the screen's life: the same answers always give the same codes.
 */
export function useHandInCodes(assessment: Assessment, includeName: boolean): HandInCodes {
  const [exportedAt] = useState(() => Date.now());
  const [codes, setCodes] = useState<HandInCodes>({ status: 'encoding' });
  useEffect(() => {
    let current = true;
    void encodeHandIn(buildHandInFile(assessment, exportedAt, { includeName })).then((r) => {
      if (!current) return;
      setCodes(r.ok ? { status: 'ready', matrices: qrMatrices(r.codes), payloadBytes: r.payloadBytes } : { status: 'too_large' });
    });
    return () => {
      current = false;
    };
  }, [assessment, includeName, exportedAt]);
  return codes;
}
