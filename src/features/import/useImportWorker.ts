/** The page's side of the parse worker: one worker per import screen, a small state machine for the UI. */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AnalyseRequest, Analysis, Decisions, Inspection } from '@/data/importParsing';
import type { WorkerReply, WorkerRequest } from '@/data/parse.worker';
import type { Score } from '@/domain/catalogue/types';

export type Phase = 'idle' | 'reading' | 'inspected' | 'analysing' | 'analysed' | 'saving' | 'saved' | 'failed';

export interface ImportWorkerState {
  phase: Phase;
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
}

export function useImportWorker(handlers: ImportWorkerHandlers) {
  const workerRef = useRef<Worker | null>(null);
  const [state, setState] = useState<ImportWorkerState>(initial);
  const handlersRef = useRef(handlers);
  useEffect(() => {
    handlersRef.current = handlers;
  }, [handlers]);

  useEffect(() => {
    const worker = new Worker(new URL('../../data/parse.worker.ts', import.meta.url), { type: 'module' });
    workerRef.current = worker;
    worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      const reply = event.data;
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
          case 'failed':
            return { ...s, phase: 'failed', progress: null, error: reply.message };
          default:
            // pdf.js, loaded inside the worker, announces itself to the page ("ready"): not ours.
            return s;
        }
      });
      if (reply.type === 'committed') handlersRef.current.onSaved(reply.id);
      if (reply.type === 'inspected' && reply.inspection.issues.length === 0) handlersRef.current.onInspected(reply.inspection);
    };
    worker.onerror = (e) => setState((s) => ({ ...s, phase: 'failed', error: e.message }));
    return () => worker.terminate();
  }, []);

  const send = (msg: WorkerRequest) => workerRef.current?.postMessage(msg);

  const open = useCallback((file: File) => {
    setState({ ...initial, phase: 'reading', progress: { step: 'read', fraction: 0 } });
    send({ type: 'inspect', file, fileName: file.name });
  }, []);
  const analyse = useCallback((request: AnalyseRequest, loaded: readonly Score[]) => {
    setState((s) => ({ ...s, phase: 'analysing', analysis: null, progress: { step: 'check', fraction: 0 } }));
    send({ type: 'analyse', request, loaded: loaded as Score[] });
  }, []);
  const commit = useCallback((decisions: Decisions) => {
    setState((s) => ({ ...s, phase: 'saving' }));
    send({ type: 'commit', decisions, id: `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`, date: new Date().toISOString() });
  }, []);
  const reset = useCallback(() => setState(initial), []);
  const paste = useCallback((rows: string[][], fileName: string) => {
    setState({ ...initial, phase: 'reading', progress: { step: 'check', fraction: 0 } });
    send({ type: 'inspect-paste', rows, fileName });
  }, []);
  const chooseSheet = useCallback((sheet: string) => {
    setState((s) => ({ ...s, phase: 'reading', analysis: null, progress: { step: 'check', fraction: 0 } }));
    send({ type: 'choose-sheet', sheet });
  }, []);

  return { state, open, paste, chooseSheet, analyse, commit, reset };
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
