/** Links to the printable forms of a dossier (each opens in a new tab, for printing), with their PDFs. */
import { FilePdfOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Flex, Space, Tooltip } from 'antd';
import { formUrl, type FormNumber } from './dossier-rules';
import { useDossierI18n } from './dossiers.messages';

export function FormLinks({ dossierId, forms }: { dossierId: string; forms: FormNumber[] }) {
  const { t } = useDossierI18n();
  return (
    <Flex vertical gap={8} data-testid="form-links">
      {forms.map((form) => {
        const name = t(`form.${form}`);
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
