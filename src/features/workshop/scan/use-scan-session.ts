import { useCallback, useRef, useState } from 'react';
import { instrument } from '@/content/instrument';
import { collectFrame, emptyCollection, type FrameCollection } from '@/domain/exchange/qr/collect-frames';
import { parseFrame } from '@/domain/exchange/qr/frames';
import { decodeHandIn } from '@/domain/exchange/qr/hand-in-payload';
import type { ImportError } from '@/domain/exchange/import-errors';
import { parseImportFile } from '@/domain/exchange/parse-import-file';
import { cohortStore } from '../cohort-store';
import { addToCohort } from '../gather/use-cohort-import';
import { memberLabels } from '../member-labels';

/** A firm that arrived by code: its label in the cohort and what the merge did (newest copy wins, as with files). */
export interface Arrival {
  key: number;
  assessmentId: string;
  label: string;
  outcome: 'added' | 'updated' | 'unchanged';
}

/** Why a code (or a whole hand-in) was refused. Nothing of a refused hand-in reaches the cohort. */
export type Refusal =
  | { reason: 'foreign' | 'damaged' | 'future_version' | 'corrupt' | 'too_large' }
  | { reason: 'file'; error: ImportError };

export interface ScanStatus {
  /** Sequences begun but not complete: which codes are in. */
  receiving: { sequenceId: number; received: number; count: number } | null;
  arrivals: Arrival[];
  /** Most recent first; each refused hand-in once, each foreign code once while it stays in view. */
  refusals: (Refusal & { key: number })[];
}

/**
 * What the scanner reads, turned into firms: every text goes through `parseFrame`, codes are gathered
 * in any order, and a complete hand-in is inflated and then imported exactly as a file is
 * (`parseImportFile`, then the cohort merge). Called for camera frames and pictures alike.
 */
export function useScanSession(cohortId: string) {
  const collection = useRef<FrameCollection>(emptyCollection());
  const lastText = useRef<string | null>(null);
  // A refused code stays refused: said once, however often the camera sees it again.
  const refusedTexts = useRef(new Set<string>());
  const keys = useRef(0);
  // One hand-in at a time reaches the cohort, in the order they completed.
  const queue = useRef<Promise<void>>(Promise.resolve());
  const [status, setStatus] = useState<ScanStatus>({ receiving: null, arrivals: [], refusals: [] });

  const refuse = useCallback((r: Refusal) => setStatus((s) => ({ ...s, refusals: [{ ...r, key: keys.current++ }, ...s.refusals].slice(0, 20) })), []);

  const importPayload = useCallback(
    async (payload: Uint8Array) => {
      const decoded = await decodeHandIn(payload);
      if (!decoded.ok) return refuse({ reason: decoded.reason });
      const r = parseImportFile(decoded.text, decoded.sizeBytes, instrument);
      if (!r.ok) return refuse({ reason: 'file', error: r.error });
      const before = new Map((cohortStore().getState().cohorts[cohortId]?.members ?? []).map((m) => [m.assessment.id, m.assessment.updatedAt]));
      addToCohort(cohortId, r.assessments);
      const cohort = cohortStore().getState().cohorts[cohortId];
      const labels = memberLabels(cohort?.members ?? [], cohort?.showNames ?? false);
      const arrivals = r.assessments.map((a): Arrival => {
        const had = before.get(a.id);
        const outcome = had === undefined ? 'added' : a.updatedAt > had ? 'updated' : 'unchanged';
        return { key: keys.current++, assessmentId: a.id, label: labels.get(a.id) ?? '', outcome };
      });
      setStatus((s) => ({ ...s, receiving: null, arrivals: [...arrivals, ...s.arrivals] }));
    },
    [cohortId, refuse],
  );

  /** One decoded QR text. Returns at once; a completed hand-in is imported in the background. */
  const read = useCallback(
    (text: string) => {
      // A code held still is read at every frame: the same text twice in a row changes nothing.
      if (text === lastText.current) return;
      lastText.current = text;
      if (refusedTexts.current.has(text)) return;
      const parsed = parseFrame(text);
      if (!parsed.ok) {
        if (refusedTexts.current.size < 1000) refusedTexts.current.add(text);
        return refuse({ reason: parsed.reason });
      }
      const { state, outcome } = collectFrame(collection.current, parsed.frame);
      collection.current = state;
      if (outcome.kind === 'part') {
        setStatus((s) => ({ ...s, receiving: { sequenceId: outcome.sequenceId, received: outcome.received.length, count: outcome.count } }));
      } else if (outcome.kind === 'damaged') {
        refuse({ reason: 'damaged' });
      } else if (outcome.kind === 'complete') {
        setStatus((s) => ({ ...s, receiving: null }));
        const { payload } = outcome;
        queue.current = queue.current.then(() => importPayload(payload));
      }
    },
    [importPayload, refuse],
  );

  return { status, read };
}
