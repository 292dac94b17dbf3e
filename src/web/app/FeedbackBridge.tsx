/** Hands Ant Design's message API to the non-React error hooks (see feedback.ts). */
import { App } from 'antd';
import { useEffect } from 'react';
import { setMessageApi } from './feedback';

export function FeedbackBridge() {
  const { message } = App.useApp();
  useEffect(() => {
    setMessageApi(message);
    return () => setMessageApi(null);
  }, [message]);
  return null;
}
