import { useId, useState, type DragEvent } from 'react';
import { ACCEPTED_FILES } from '@/data/readers';

interface Props {
  label: string;
  choose: string;
  disabled?: boolean;
  onFile(file: File): void;
}

/** Drag-and-drop area with a real file input inside (keyboard and screen readers use the input). */
export function DropZone({ label, choose, disabled, onFile }: Props) {
  const id = useId();
  const [over, setOver] = useState(false);
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    const file = e.dataTransfer.files[0];
    if (file && !disabled) onFile(file);
  };
  return (
    <div
      className={`drop-zone${over ? ' over' : ''}`}
      data-testid="import-dropzone"
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <p>{label}</p>
      {/* The label is the button: the browser's own "Choose File / No file chosen" speaks the browser's language, not the app's. */}
      <label htmlFor={id} className="file-label">
        {choose}
      </label>
      <input
        id={id}
        className="sr-only"
        type="file"
        accept={ACCEPTED_FILES}
        data-testid="import-file-input"
        disabled={disabled}
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) onFile(file);
          e.target.value = '';
        }}
      />
    </div>
  );
}
