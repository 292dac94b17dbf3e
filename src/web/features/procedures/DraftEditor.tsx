/**
 * Edits a procedure's draft (or starts one from the current version): "Lưu nháp" saves it, "Công bố"
 * saves pending changes and publishes after the server's full validation, "Bỏ nháp" drops it. Problems come
 * back with exact paths: each is shown next to its field when the field is on screen, and all in a list.
 * Saves carry the procedure's version, so a concurrent change is refused (409) and the latest is reloaded.
 */
import { CloudUploadOutlined, DeleteOutlined, SaveOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Flex, Form, Popconfirm, Space, Typography } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { showError, showSuccess } from '../../app/feedback';
import { isApiError } from '../../app/http';
import { useI18n } from '../../app/i18n/context';
import { IssueList } from './IssueList';
import { fieldNameOf, issuesOf, type PathIssue } from './issue-paths';
import { ProcedureForm } from './ProcedureForm';
import { PublishModal } from './PublishModal';
import {
  procedureKeys,
  useDiscardDraft,
  usePublish,
  useSaveDraft,
  type ProcedureDetail,
} from './procedures.api';

export function DraftEditor({ detail }: { detail: ProcedureDetail }) {
  const { t } = useI18n();
  const { modal } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm();
  const [dirty, setDirty] = useState(false);
  const [issues, setIssues] = useState<PathIssue[]>([]);
  const [publishing, setPublishing] = useState(false);
  const save = useSaveDraft(detail.id);
  const publish = usePublish(detail.id);
  const discard = useDiscardDraft(detail.id);
  const source = detail.draft?.definition ?? detail.definition;
  const markDirty = useCallback(() => setDirty(true), []);

  // A new version of the row reloads the form, unless the new version is this form's own save or
  // publication: the form already shows it, and reloading a hundred inputs is slow on a small machine.
  const ownChange = useRef(false);
  useEffect(() => {
    setDirty(false);
    if (ownChange.current) {
      ownChange.current = false;
      return;
    }
    form.resetFields();
  }, [form, detail.version]);

  if (!source) return null;

  const showIssues = (error: unknown): boolean => {
    const found = issuesOf(error);
    setIssues(found);
    if (found.length === 0) return false;
    form.setFields(found.map((issue) => ({ name: fieldNameOf(issue.path), errors: [issue.message] })));
    return true;
  };

  /** Forgets the last problems, in the list and next to their fields. */
  const clearIssues = () => {
    form.setFields(issues.map((issue) => ({ name: fieldNameOf(issue.path), errors: [] })));
    setIssues([]);
  };

  const handleError = (error: unknown) => {
    if (showIssues(error))
      return showError(new Error(t('proc.issues.toast', { count: issuesOf(error).length })));
    if (isApiError(error, 'conflict')) {
      void queryClient.invalidateQueries({ queryKey: procedureKeys.detail(detail.id) });
      void modal.warning({ title: t('proc.conflict.title'), content: t('proc.conflict.text') });
      return;
    }
    showError(error);
  };

  /** Saves the form as the draft; true when it was stored. */
  const saveDraft = async (): Promise<boolean> => {
    clearIssues();
    try {
      await form.validateFields();
    } catch {
      showError(new Error(t('proc.edit.checkFields')));
      return false;
    }
    try {
      ownChange.current = true;
      await save.mutateAsync({ version: detail.version, definition: form.getFieldsValue(true) });
      return true;
    } catch (error) {
      ownChange.current = false;
      handleError(error);
      return false;
    }
  };

  const onSave = async () => {
    if (await saveDraft()) showSuccess(t('proc.edit.saved'));
  };

  const onPublish = async (effectiveFrom: string | undefined) => {
    if ((dirty || !detail.draft) && !(await saveDraft())) return;
    const fresh = queryClient.getQueryData<ProcedureDetail>(procedureKeys.detail(detail.id)) ?? detail;
    try {
      ownChange.current = true;
      await publish.mutateAsync({ version: fresh.version, effectiveFrom });
      setPublishing(false);
      showSuccess(t('proc.publish.done', { number: fresh.draft?.info.number ?? '' }));
    } catch (error) {
      ownChange.current = false;
      setPublishing(false);
      handleError(error);
    }
  };

  const onDiscard = () =>
    discard.mutate(detail.version, {
      onSuccess: () => {
        clearIssues();
        showSuccess(t('proc.edit.discarded'));
      },
    });

  const editable = detail.canEdit;
  return (
    <>
      {!editable && (
        <Alert type="info" showIcon title={t('proc.edit.readonly')} style={{ marginBottom: 16 }} />
      )}
      {editable && (
        <Flex
          justify="space-between"
          align="center"
          wrap
          gap={12}
          style={{
            position: 'sticky',
            top: 0,
            zIndex: 5,
            background: '#f5f5f5',
            padding: '8px 0',
            marginBottom: 8,
          }}
        >
          <Typography.Text type={dirty ? 'warning' : 'secondary'} data-testid="draft-state">
            {dirty
              ? t('proc.edit.unsaved')
              : detail.draft
                ? t('proc.edit.editingDraft', { number: detail.draft.info.number })
                : t('proc.edit.editingCurrent')}
          </Typography.Text>
          <Space wrap>
            <Popconfirm
              title={t('proc.edit.discard.confirm')}
              okText={t('proc.edit.discard')}
              cancelText={t('action.cancel')}
              onConfirm={onDiscard}
              disabled={!detail.draft || !detail.current}
            >
              <Button
                icon={<DeleteOutlined />}
                danger
                disabled={!detail.draft || !detail.current}
                loading={discard.isPending}
                data-testid="procedure-discard"
              >
                {t('proc.edit.discard')}
              </Button>
            </Popconfirm>
            <Button
              icon={<SaveOutlined />}
              onClick={() => void onSave()}
              loading={save.isPending && !publishing}
              data-testid="procedure-save-draft"
            >
              {t('proc.edit.saveDraft')}
            </Button>
            <Button
              type="primary"
              icon={<CloudUploadOutlined />}
              disabled={!dirty && !detail.draft}
              onClick={() => setPublishing(true)}
              data-testid="procedure-publish"
            >
              {t('proc.edit.publish')}
            </Button>
          </Space>
        </Flex>
      )}
      <IssueList issues={issues} />
      <ProcedureForm
        form={form}
        initial={source}
        disabled={!editable}
        codeEditable={false}
        onChanged={markDirty}
      />
      <PublishModal
        open={publishing}
        loading={save.isPending || publish.isPending}
        number={detail.draft?.info.number ?? null}
        onCancel={() => setPublishing(false)}
        onConfirm={(effectiveFrom) => void onPublish(effectiveFrom)}
      />
    </>
  );
}
