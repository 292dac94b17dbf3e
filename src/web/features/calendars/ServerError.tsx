/** A refused request, in the server's words (kept on screen: it names the bad path or line). */
import { Alert } from 'antd';
import type { ShownError } from './useEditFeedback';

export function ServerError({ error, onClose }: { error: ShownError | null; onClose: () => void }) {
  if (!error) return null;
  return (
    <Alert
      type="error"
      showIcon
      closable={{ onClose }}
      title={error.title}
      description={<span style={{ whiteSpace: 'pre-line' }}>{error.message}</span>}
      style={{ marginBottom: 16 }}
      data-testid="calendar-error"
    />
  );
}
