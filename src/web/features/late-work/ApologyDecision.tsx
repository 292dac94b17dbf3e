/**
 * Approve or reject an apology (a unit leader other than its drafter). Approving asks for confirmation with
 * the old and the new date (and says when it will be recorded as a late apology); rejecting asks why.
 */
import { Button, Flex, Form, Input, Modal, Popconfirm, Typography } from 'antd';
import { useState } from 'react';
import { showError, showSuccess } from '../../app/feedback';
import { formatDateTime } from '../../app/i18n/format';
import { useDecideApology, type Apology } from './late-work.api';
import { useLateWorkI18n } from './late-work.messages';

export function ApologyDecision({ apology }: { apology: Apology }) {
  const { t } = useLateWorkI18n();
  const decide = useDecideApology();
  const [rejecting, setRejecting] = useState(false);
  const [form] = Form.useForm<{ comment: string }>();

  const send = (decision: 'approve' | 'reject', comment?: string) =>
    decide.mutate(
      { id: apology.id, decision, comment, version: apology.version },
      {
        onSuccess: () => {
          showSuccess(t(decision === 'approve' ? 'decide.approved' : 'decide.rejected'));
          setRejecting(false);
          form.resetFields();
        },
        onError: showError,
      },
    );

  return (
    <Flex gap={8} wrap>
      <Popconfirm
        title={t('decide.confirm.title')}
        description={
          <Flex vertical style={{ maxWidth: 320 }} data-testid="apology-approve-dates">
            <span>
              {t('decide.confirm.dates', {
                old: formatDateTime(apology.previousDueAt),
                new: formatDateTime(apology.proposedDueAt),
              })}
            </span>
            {apology.lateIfApprovedNow && (
              <Typography.Text type="danger">
                {t('decide.confirm.late', { latest: formatDateTime(apology.latestAt) })}
              </Typography.Text>
            )}
          </Flex>
        }
        okText={t('decide.approve')}
        cancelText={t('common.cancel')}
        okButtonProps={{ 'data-testid': 'apology-approve-confirm' }}
        onConfirm={() => send('approve')}
      >
        <Button
          type="primary"
          size="small"
          loading={decide.isPending && !rejecting}
          data-testid={`apology-approve-${apology.id}`}
        >
          {t('decide.approve')}
        </Button>
      </Popconfirm>
      <Button
        danger
        size="small"
        onClick={() => setRejecting(true)}
        data-testid={`apology-reject-${apology.id}`}
      >
        {t('decide.reject')}
      </Button>
      <Modal
        open={rejecting}
        title={t('decide.reject.title')}
        okText={t('decide.reject')}
        okButtonProps={{ danger: true, 'data-testid': 'apology-reject-confirm' }}
        cancelText={t('common.cancel')}
        confirmLoading={decide.isPending}
        onOk={() => form.submit()}
        onCancel={() => setRejecting(false)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={(values) => send('reject', values.comment.trim())}>
          <Form.Item
            name="comment"
            label={t('decide.comment')}
            rules={[{ required: true, whitespace: true, message: t('decide.comment.required') }]}
          >
            <Input.TextArea rows={3} maxLength={2000} data-testid="apology-reject-comment" />
          </Form.Item>
        </Form>
      </Modal>
    </Flex>
  );
}
