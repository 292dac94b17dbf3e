/**
 * Toasts outside React components (the query client's error hooks): the FeedbackBridge component hands
 * over Ant Design's context-aware message API, so toasts follow the theme and language.
 */
import type { App } from 'antd';
import { isApiError } from './http';

type MessageApi = ReturnType<typeof App.useApp>['message'];

let messageApi: MessageApi | null = null;

/** Installs the message API (called by FeedbackBridge inside antd's App). */
export function setMessageApi(api: MessageApi | null): void {
  messageApi = api;
}

/** Shows the error's message; the server's messages are already in the interface language. */
export function showError(error: unknown): void {
  const text = error instanceof Error ? error.message : String(error);
  const key = isApiError(error) ? `api-error-${error.code}` : 'app-error';
  void messageApi?.open({ type: 'error', content: text, key, duration: 6 });
}

/** Shows a short confirmation. */
export function showSuccess(text: string): void {
  void messageApi?.open({ type: 'success', content: text, duration: 3 });
}
