/** The form that records a dialogue with citizens: when, where, who attended, questions, answers, commitments. */
import {
  Alert,
  Button,
  Card,
  DatePicker,
  Flex,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Typography,
} from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Dayjs } from 'dayjs';
import type { Dialogue } from '../../../contracts/dialogues';
import { api } from '../../app/http';
import { requiredRule } from '../../app/i18n/rules';
import { useCurrentUser } from '../auth/session';
import { useDialogueI18n } from './dialogues.messages';

interface NewValues {
  title: string;
  heldAt: Dayjs;
  location?: string;
  participants?: number;
  status: 'planned' | 'held';
  items: { question: string; askedBy?: string; answer?: string; commitment?: string }[];
}

/** A modal to record a session of the official's unit. */
export function NewDialogue({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useDialogueI18n();
  const user = useCurrentUser();
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: (v: NewValues) =>
      api.post<Dialogue>('/dialogues', {
        ...v,
        unitId: user.unitId,
        heldAt: v.heldAt.toISOString(),
        items: v.items ?? [],
      }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['dialogues'] });
      onClose();
    },
  });
  return (
    <Modal open={open} onCancel={onClose} title={t('dlg.new')} footer={null} width={760} destroyOnHidden>
      <Form<NewValues>
        layout="vertical"
        onFinish={(v) => save.mutate(v)}
        initialValues={{ status: 'held', items: [{}] }}
      >
        <Form.Item name="title" label={t('dlg.name')} rules={[requiredRule(t, t('dlg.name'))]}>
          <Input data-testid="dlg-title" />
        </Form.Item>
        <Flex gap={12} wrap>
          <Form.Item
            name="heldAt"
            label={t('dlg.heldAt')}
            rules={[requiredRule(t, t('dlg.heldAt'), 'select')]}
          >
            <DatePicker showTime format="DD/MM/YYYY HH:mm" data-testid="dlg-held" />
          </Form.Item>
          <Form.Item name="status" label={t('dlg.status')}>
            <Select
              style={{ width: 160 }}
              options={[
                { value: 'held', label: t('dlg.status.held') },
                { value: 'planned', label: t('dlg.status.planned') },
              ]}
            />
          </Form.Item>
          <Form.Item name="participants" label={t('dlg.participants')}>
            <InputNumber min={0} />
          </Form.Item>
        </Flex>
        <Form.Item name="location" label={t('dlg.location')}>
          <Input />
        </Form.Item>
        <Typography.Text strong>{t('dlg.items')}</Typography.Text>
        <Form.List name="items">
          {(fields, { add, remove }) => (
            <Flex vertical gap={8} style={{ marginTop: 8 }}>
              {fields.map((field) => (
                <Card
                  key={field.key}
                  size="small"
                  extra={
                    <Button type="link" danger onClick={() => remove(field.name)}>
                      ×
                    </Button>
                  }
                >
                  <Form.Item
                    name={[field.name, 'question']}
                    label={t('dlg.question')}
                    rules={[requiredRule(t, t('dlg.question'))]}
                  >
                    <Input data-testid="dlg-question" />
                  </Form.Item>
                  <Form.Item name={[field.name, 'askedBy']} label={t('dlg.askedBy')}>
                    <Input />
                  </Form.Item>
                  <Form.Item name={[field.name, 'answer']} label={t('dlg.answer')}>
                    <Input.TextArea rows={2} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'commitment']} label={t('dlg.commitment')}>
                    <Input />
                  </Form.Item>
                </Card>
              ))}
              <Button onClick={() => add({})}>{t('dlg.addItem')}</Button>
            </Flex>
          )}
        </Form.List>
        {save.isError && <Alert type="error" showIcon title={save.error.message} style={{ marginTop: 12 }} />}
        <Button
          type="primary"
          htmlType="submit"
          loading={save.isPending}
          style={{ marginTop: 12 }}
          data-testid="dlg-save"
        >
          {t('dlg.save')}
        </Button>
      </Form>
    </Modal>
  );
}
