/** A searchable choice of procedure (by name or code, with or without Vietnamese diacritics). */
import { Select, Space, Tag, Typography } from 'antd';
import type { ProcedureSummary } from './dossiers.api';
import { matchesSearch } from './dossier-rules';
import { useDossierI18n } from './dossiers.messages';

interface Props {
  id?: string;
  value?: string;
  onChange?: (value: string) => void;
  procedures: readonly ProcedureSummary[] | undefined;
  loading: boolean;
  /** Shows each procedure's online level (the citizen's choice). */
  showOnlineLevel?: boolean;
}

export function ProcedureSelect({ id, value, onChange, procedures, loading, showOnlineLevel }: Props) {
  const { t } = useDossierI18n();
  const options = (procedures ?? []).map((procedure) => ({
    value: procedure.id,
    label: procedure.name,
    search: `${procedure.code} ${procedure.name} ${procedure.field}`,
    procedure,
  }));
  return (
    <Select
      id={id}
      value={value}
      onChange={onChange}
      loading={loading}
      placeholder={t('intake.procedure.placeholder')}
      options={options}
      showSearch={{
        filterOption: (input, option) => matchesSearch(option?.search ?? '', input),
      }}
      optionRender={(option) => (
        <Space orientation="vertical" size={0} style={{ whiteSpace: 'normal' }}>
          <Typography.Text>{option.data.procedure.name}</Typography.Text>
          <Space size={4} wrap>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {option.data.procedure.code} · {option.data.procedure.field}
            </Typography.Text>
            {showOnlineLevel && (
              <Tag color={option.data.procedure.onlineLevel === 'full' ? 'green' : 'blue'}>
                {t(`online.${option.data.procedure.onlineLevel}`)}
              </Tag>
            )}
          </Space>
        </Space>
      )}
      notFoundContent={loading ? undefined : t('intake.procedure.none')}
      style={{ width: '100%' }}
      data-testid="procedure-select"
    />
  );
}
