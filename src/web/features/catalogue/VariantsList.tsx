/** The cases of a procedure (trường hợp): their own legal time, extra or omitted documents, and workflow. */
import { List, Typography } from 'antd';
import type { ProcedureDefinition } from '../../../domain/procedures/definition';
import { useI18n } from '../../app/i18n/context';
import { formatDuration } from '../procedures/procedure-format';

export function VariantsList({ definition }: { definition: ProcedureDefinition }) {
  const { t, locale } = useI18n();
  const documentName = (id: string) => definition.documents.find((d) => d.id === id)?.name ?? id;
  const workflowName = (id: string) => definition.workflows.find((w) => w.id === id)?.name ?? id;
  return (
    <List
      dataSource={definition.variants}
      data-testid="procedure-variants"
      renderItem={(variant) => (
        <List.Item>
          <div style={{ width: '100%' }}>
            <Typography.Text strong>{variant.name}</Typography.Text>
            <ul style={{ margin: '4px 0 0', paddingInlineStart: 18 }}>
              <li>
                {t('proc.field.processingTime')}:{' '}
                {variant.processingTime
                  ? formatDuration(variant.processingTime, t, locale)
                  : t('catalogue.variant.sameTime')}
              </li>
              {variant.extraDocumentIds.length > 0 && (
                <li>
                  {t('catalogue.variant.extra')}: {variant.extraDocumentIds.map(documentName).join('; ')}
                </li>
              )}
              {variant.omittedDocumentIds.length > 0 && (
                <li>
                  {t('catalogue.variant.omitted')}: {variant.omittedDocumentIds.map(documentName).join('; ')}
                </li>
              )}
              {variant.workflowId && (
                <li>
                  {t('catalogue.variant.workflow')}: {workflowName(variant.workflowId)}
                </li>
              )}
            </ul>
          </div>
        </List.Item>
      )}
    />
  );
}
