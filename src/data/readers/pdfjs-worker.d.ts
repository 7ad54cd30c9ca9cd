// pdfjs-dist ships no types for its worker module; only WorkerMessageHandler is used (fake worker in this thread).
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
