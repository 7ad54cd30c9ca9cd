/** The page's side of the parse worker: one worker per import screen, a small state machine for the UI. */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AnalyseRequest, Analysis, Decisions, Inspection } from '@/data/importParsing';
import type { ProvinceTarget, SaveFailure, WorkerReply, WorkerRequest } from '@/data/parse.worker';
import type { ProvinceRequest } from '@/data/provinceImport';
import type { Score } from '@/domain/catalogue/types';
import type { PastedRows } from '@/domain/import/pasteGrid';

export type Phase = 'idle' | 'reading' | 'inspected' | 'analysing' | 'analysed' | 'saving' | 'saved' | 'failed';

export interface ImportWorkerState {
  phase: Phase;
  /** 'timeout': the worker said nothing for READ_SILENCE_MS while reading or checking, and was replaced. */
  /** timeout: the read ran over its budget; storage-*: saving failed, the checked table is kept to save again. */
  errorCode?: 'timeout' | SaveFailure;
  progress: { step: 'read' | 'check' | 'compare'; fraction: number } | null;
  inspection: Inspection | null;
  analysis: Analysis | null;
  error: string | null;
  savedId: string | null;
}

const initial: ImportWorkerState = { phase: 'idle', progress: null, inspection: null, analysis: null, error: null, savedId: null };

export interface ImportWorkerHandlers {
  onInspected(inspection: Inspection): void;
  onSaved(id: string): void;
  /** The file is an indicator table (parse.worker.ts): the page hands it to the indicator destination. */
  onRecognised?(destination: 'indicators'): void;
}

/**
 * The reading and checking budget: a worker that sends nothing (no progress, no answer) for this long is
 * stopped and replaced, and the user told; the next file then reads in a fresh worker. The readers'
 * limits (spreadsheet.ts, pasteGrid.ts) end hostile files within seconds; this is the backstop.
 */
export const READ_SILENCE_MS = 30_000;

export function useImportWorker(handlers: ImportWorkerHandlers) {
  /** Sends a request to the current worker (set up by the effect below, which owns the worker and its budget). */
  const sendRef = useRef<(msg: WorkerRequest) => void>(() => {});
  const [state, setState] = useState<ImportWorkerState>(initial);
  const handlersRef = useRef(handlers);
  useEffect(() => {
    handlersRef.current = handlers;
  }, [handlers]);

  useEffect(() => {
    let worker: Worker;
    let watchdog: ReturnType<typeof setTimeout> | null = null;
    const disarm = () => {
      if (watchdog !== null) clearTimeout(watchdog);
      watchdog = null;
    };
    /** Start (or restart) the silence budget of the request in flight. */
    const arm = () => {
      disarm();
      watchdog = setTimeout(() => {
        watchdog = null;
        worker.terminate();
        start();
        setState({ ...initial, phase: 'failed', errorCode: 'timeout', error: 'timeout' });
      }, READ_SILENCE_MS);
    };
    const start = () => {
      worker = new Worker(new URL('../../data/parse.worker.ts', import.meta.url), { type: 'module' });
      worker.onmessage = (event: MessageEvent<WorkerReply>) => {
        const reply = event.data;
        if (watchdog !== null) {
          disarm();
          if (reply.type === 'progress') arm();
        }
        setState((s) => {
          switch (reply.type) {
            case 'progress':
              return { ...s, progress: { step: reply.phase, fraction: reply.fraction } };
            case 'inspected':
              return { ...s, phase: reply.inspection.issues.length ? 'analysed' : 'inspected', progress: null, inspection: reply.inspection, analysis: reply.inspection.issues.length ? fileLevelAnalysis(reply.inspection) : null };
            case 'analysed':
              return { ...s, phase: 'analysed', progress: null, analysis: reply.analysis };
            case 'committed':
              return { ...s, phase: 'saved', progress: null, savedId: reply.id };
            case 'recognised':
              return initial;
            case 'failed':
              // A save that failed keeps the checked table on screen (phase analysed) so it can be saved again.
              if (reply.code && s.analysis) return { ...s, phase: 'analysed', progress: null, error: reply.message, errorCode: reply.code };
              return { ...s, phase: 'failed', progress: null, error: reply.message };
            default:
              // pdf.js, loaded inside the worker, announces itself to the page ("ready"): not ours.
              return s;
          }
        });
        if (reply.type === 'committed') handlersRef.current.onSaved(reply.id);
        if (reply.type === 'recognised') handlersRef.current.onRecognised?.(reply.destination);
        if (reply.type === 'inspected' && reply.inspection.issues.length === 0) handlersRef.current.onInspected(reply.inspection);
      };
      worker.onerror = (e) => setState((s) => ({ ...s, phase: 'failed', error: e.message }));
    };
    start();
    sendRef.current = (msg) => {
      // Saving writes to IndexedDB in one go (no progress to hear): it is not a read, so no budget.
      if (msg.type !== 'commit') arm();
      worker.postMessage(msg);
    };
    return () => {
      disarm();
      worker.terminate();
    };
  }, []);

  const send = (msg: WorkerRequest) => sendRef.current(msg);

  /** `province`: the destination is a province's own index (DDCI …), whose rows name the province's units. */
  const open = useCallback((file: File, province?: ProvinceTarget) => {
    setState({ ...initial, phase: 'reading', progress: { step: 'read', fraction: 0 } });
    send({ type: 'inspect', file, fileName: file.name, province });
  }, []);
  const analyse = useCallback((request: AnalyseRequest, loaded: readonly Score[], province?: ProvinceRequest) => {
    setState((s) => ({ ...s, phase: 'analysing', analysis: null, progress: { step: 'check', fraction: 0 } }));
    send({ type: 'analyse', request, loaded: loaded as Score[], province });
  }, []);
  /** `continues`: for a declared new structure, the old components each new one continues (the user's choice). */
  const commit = useCallback((decisions: Decisions, continues?: Record<string, string[]>) => {
    setState((s) => ({ ...s, phase: 'saving', error: null, errorCode: undefined }));
    send({ type: 'commit', decisions, continues, id: `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`, date: new Date().toISOString() });
  }, []);
  const reset = useCallback(() => setState(initial), []);
  /** Back to the table as inspected (its check set aside), e.g. to map its columns after all. */
  const clearAnalysis = useCallback(() => setState((s) => (s.inspection ? { ...s, phase: 'inspected', progress: null, analysis: null } : s)), []);
  const paste = useCallback((tables: PastedRows[], fileName: string, province?: ProvinceTarget) => {
    setState({ ...initial, phase: 'reading', progress: { step: 'check', fraction: 0 } });
    send({ type: 'inspect-paste', tables, fileName, province });
  }, []);
  const chooseSheet = useCallback((sheet: string) => {
    setState((s) => ({ ...s, phase: 'reading', analysis: null, progress: { step: 'check', fraction: 0 } }));
    send({ type: 'choose-sheet', sheet });
  }, []);

  return { state, open, paste, chooseSheet, analyse, commit, reset, clearAnalysis };
}

function fileLevelAnalysis(inspection: Inspection): Analysis {
  return {
    fileName: inspection.fileName,
    shape: 'long',
    mapping: null,
    issues: inspection.issues,
    errorCount: inspection.issues.filter((p) => p.severity === 'error').length,
    warningCount: inspection.issues.filter((p) => p.severity === 'warning').length,
    leftOutRows: 0,
    rows: 0,
    editions: [],
    added: 0,
    unchanged: 0,
    refinedCount: 0,
    replacedCount: 0,
    replaced: [],
    addedSample: [],
  };
}
