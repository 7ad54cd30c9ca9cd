import { useState } from 'react';

/**
 * Removing a saved import takes two steps (so a stray key press removes nothing): "Gỡ" asks, then "Gỡ" again removes
 * or "Huỷ" keeps it. `testId` names the buttons (`<testId>` and `<testId>-confirm`).
 */
export function RemoveInTwoSteps({ onRemove, testId, labels }: { onRemove: () => Promise<void>; testId: string; labels: { remove: string; removeConfirm: string; cancel: string } }) {
  const [confirming, setConfirming] = useState(false);
  if (!confirming)
    return (
      <button type="button" data-testid={testId} onClick={() => setConfirming(true)}>
        {labels.remove}
      </button>
    );
  return (
    <>
      <span role="alert">{labels.removeConfirm}</span>
      <button type="button" className="danger" data-testid={`${testId}-confirm`} onClick={() => void onRemove().then(() => setConfirming(false))}>
        {labels.remove}
      </button>
      <button type="button" onClick={() => setConfirming(false)}>
        {labels.cancel}
      </button>
    </>
  );
}
