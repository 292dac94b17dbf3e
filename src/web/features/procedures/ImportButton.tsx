/**
 * Imports a catalogue file (a JSON array of definitions; all or nothing). The file is read in the browser;
 * the server's problems are listed with their exact paths, e.g. `[3].workflows[0].steps[2].allotted.value`.
 */
import { UploadOutlined } from '@ant-design/icons';
import { App, Button, Typography, Upload } from 'antd';
import { isSystemAdministrator } from '../../app/access';
import { showError, showSuccess } from '../../app/feedback';
import { useI18n } from '../../app/i18n/context';
import { useCurrentUser } from '../auth/session';
import { IssueList } from './IssueList';
import { issuesOf } from './issue-paths';
import { useImportCatalogue } from './procedures.api';

export function ImportButton() {
  const { t } = useI18n();
  const { modal } = App.useApp();
  const user = useCurrentUser();
  const importCatalogue = useImportCatalogue();

  const upload = async (file: File) => {
    let definitions: unknown;
    try {
      definitions = JSON.parse(await file.text());
    } catch {
      showError(new Error(t('proc.import.notJson', { name: file.name })));
      return;
    }
    importCatalogue.mutate(
      { definitions, ownerUnitId: isSystemAdministrator(user) ? null : user.unitId },
      {
        onSuccess: (outcome) => showSuccess(t('proc.import.done', { ...outcome })),
        onError: (error) => {
          const issues = issuesOf(error);
          if (issues.length === 0) return showError(error);
          void modal.error({
            title: t('proc.import.failed', { name: file.name }),
            width: 760,
            content: (
              <>
                <Typography.Paragraph>{t('proc.import.failed.text')}</Typography.Paragraph>
                <IssueList issues={issues} prefix="" bare data-testid="import-issues" />
              </>
            ),
          });
        },
      },
    );
  };

  return (
    <Upload
      accept=".json,application/json"
      showUploadList={false}
      beforeUpload={(file) => {
        void upload(file);
        return false;
      }}
    >
      <Button icon={<UploadOutlined />} loading={importCatalogue.isPending} data-testid="procedure-import">
        {t('proc.admin.import')}
      </Button>
    </Upload>
  );
}
