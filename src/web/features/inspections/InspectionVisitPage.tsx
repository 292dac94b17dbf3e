/** A visit on site (phone-friendly, one column): the checklist, the findings recorded, and the finding form. */
import {
  Alert,
  Button,
  Card,
  Descriptions,
  Input,
  List,
  Radio,
  Skeleton,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import type { ItemResult } from '../../../domain/inspections/checklist';
import { showSuccess } from '../../app/feedback';
import { formatDateTime } from '../../app/i18n/format';
import { FindingForm } from './FindingForm';
import { useInspection, useUpdateInspection } from './inspections.api';
import { useInspectionI18n } from './inspections.messages';
import { findingStatusLabel, severityLabel, SEVERITY_COLORS } from './labels';

export function InspectionVisitPage() {
  const { id = '' } = useParams();
  const { t, locale } = useInspectionI18n();
  const visit = useInspection(id);
  const update = useUpdateInspection(id);
  const [results, setResults] = useState<Record<string, ItemResult>>({});
  const [notes, setNotes] = useState('');
  useEffect(() => {
    if (visit.data) {
      setResults(visit.data.results);
      setNotes(visit.data.notes);
    }
  }, [visit.data]);
  if (!visit.data) return <Skeleton active />;
  const v = visit.data;
  const save = async (transition?: 'start' | 'complete') => {
    await update.mutateAsync({ version: v.version, results, notes, transition });
    showSuccess(t('insp.saved'));
  };

  return (
    <Space direction="vertical" style={{ width: '100%', maxWidth: 720 }} size={16}>
      <Typography.Title level={3} style={{ margin: 0 }} data-testid="visit-title">
        {v.unitName}
      </Typography.Title>
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label={t('insp.kind')}>{t(`insp.kind.${v.kind}`)}</Descriptions.Item>
        <Descriptions.Item label={t('find.status')}>
          <Tag data-testid="visit-status">{t(`insp.status.${v.status}`)}</Tag>
        </Descriptions.Item>
        <Descriptions.Item label={t('insp.visitedAt')}>
          {formatDateTime(v.visitedAt ?? v.plannedFor)}
        </Descriptions.Item>
        <Descriptions.Item label={t('insp.team')}>{v.teamName}</Descriptions.Item>
      </Descriptions>
      {v.canEdit && v.status === 'planned' && (
        <Button type="primary" onClick={() => void save('start')} block>
          {t('insp.start')}
        </Button>
      )}
      <Card title={`${t('insp.checklist')}: ${v.checklist.name}`}>
        <List
          dataSource={v.checklist.items}
          renderItem={(item) => (
            <List.Item>
              <Space direction="vertical" style={{ width: '100%' }}>
                <Typography.Text strong>{locale === 'vi' ? item.label : item.labelEn}</Typography.Text>
                <Radio.Group
                  optionType="button"
                  disabled={!v.canEdit || v.status !== 'in_progress'}
                  value={results[item.code]}
                  onChange={(e) => setResults((r) => ({ ...r, [item.code]: e.target.value as ItemResult }))}
                  options={(['pass', 'fail', 'na'] as const).map((r) => ({
                    value: r,
                    label: t(`insp.result.${r}`),
                  }))}
                  data-testid={`check-${item.code}`}
                />
              </Space>
            </List.Item>
          )}
        />
        <Input.TextArea
          rows={2}
          placeholder={t('insp.notes')}
          value={notes}
          onChange={(e) => setNotes(e.target.value)}
          disabled={!v.canEdit}
        />
        {v.canEdit && v.status === 'in_progress' && (
          <Button
            style={{ marginTop: 12 }}
            onClick={() => void save()}
            loading={update.isPending}
            block
            data-testid="check-save"
          >
            {t('insp.save')}
          </Button>
        )}
      </Card>
      {v.unrecordedFailures.length > 0 && (
        <Alert
          type="warning"
          showIcon
          message={t('insp.unrecorded', { items: v.unrecordedFailures.join(', ') })}
        />
      )}
      {v.canEdit && v.status === 'in_progress' && <FindingForm visit={v} />}
      <Card title={t('insp.findings')}>
        <List
          dataSource={v.findings}
          locale={{ emptyText: t('find.empty') }}
          data-testid="visit-findings"
          renderItem={(f) => (
            <List.Item>
              <Space direction="vertical" size={2}>
                <Link to={`/findings/${f.id}`}>{f.violationLabel}</Link>
                <Space wrap>
                  <Tag color={SEVERITY_COLORS[f.severity]}>{severityLabel(f.severity, locale)}</Tag>
                  <Tag>{findingStatusLabel(f.status, locale)}</Tag>
                  {f.officialName ?? t('insp.official.none')}
                </Space>
              </Space>
            </List.Item>
          )}
        />
      </Card>
      {v.canEdit && v.status === 'in_progress' && (
        <Button danger onClick={() => void save('complete')} block data-testid="visit-complete">
          {t('insp.complete')}
        </Button>
      )}
    </Space>
  );
}
