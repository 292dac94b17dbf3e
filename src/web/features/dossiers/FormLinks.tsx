/**
 * Links to the printable forms of a dossier (each opens in a new tab, for printing), with their PDFs; each
 * named with its number in the edition the dossier was received under.
 */
import { FilePdfOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Flex, Space, Tooltip } from 'antd';
import type { FormEdition } from '../../../domain/forms/editions';
import { formNumberOf, formUrl, type FormName } from './dossier-rules';
import { useDossierI18n } from './dossiers.messages';

export function FormLinks({
  dossierId,
  forms,
  edition,
}: {
  dossierId: string;
  forms: FormName[];
  edition: FormEdition;
}) {
  const { t } = useDossierI18n();
  return (
    <Flex vertical gap={8} data-testid="form-links">
      {forms.map((form) => {
        const name = `${t(`form.${form}`)} (${formNumberOf(form, edition)})`;
        return (
          <Space.Compact key={form} block>
            <Button
              icon={<PrinterOutlined />}
              href={formUrl(dossierId, form)}
              target="_blank"
              rel="noopener"
              style={{ flex: 1, justifyContent: 'flex-start' }}
              data-testid={`form-${form}`}
            >
              {name}
            </Button>
            <Tooltip title={`${name} — ${t('form.pdf')}`}>
              <Button
                icon={<FilePdfOutlined />}
                href={formUrl(dossierId, form, 'pdf')}
                target="_blank"
                rel="noopener"
                aria-label={`${name} — ${t('form.pdf')}`}
                data-testid={`form-${form}-pdf`}
              />
            </Tooltip>
          </Space.Compact>
        );
      })}
    </Flex>
  );
}
