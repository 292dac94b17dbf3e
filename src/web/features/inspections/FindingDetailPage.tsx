/** One finding: what was found, photos, the explanation form (the official) or the decision form (the head), the log. */
import {
  Button,
  Card,
  Descriptions,
  Form,
  Image,
  Input,
  Select,
  Skeleton,
  Space,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import { useParams } from 'react-router-dom';
import { DECISIONS, type Decision } from '../../../domain/conduct/violations';
import { showSuccess } from '../../app/feedback';
import { formatDateTime } from '../../app/i18n/format';
import { useFinding, useFindingStep } from './inspections.api';
import { useInspectionI18n } from './inspections.messages';
import { decisionLabel, findingStatusLabel, severityLabel, SEVERITY_COLORS } from './labels';

export function FindingDetailPage() {
  const { id = '' } = useParams();
  const { t, locale } = useInspectionI18n();
  const finding = useFinding(id);
  const step = useFindingStep(id);
  if (!finding.data) return <Skeleton active />;
  const f = finding.data;
  const explain = async (values: { explanation: string }) => {
    await step.mutateAsync({ type: 'explain', version: f.version, explanation: values.explanation });
    showSuccess(t('find.explained'));
  };
  const decide = async (values: { decision: Decision; note: string }) => {
    await step.mutateAsync({ type: 'decide', version: f.version, ...values });
    showSuccess(t('find.decided'));
  };

  return (
    <Space direction="vertical" size={16} style={{ width: '100%', maxWidth: 900 }}>
      <Typography.Title level={3} style={{ margin: 0 }} data-testid="finding-title">
        {f.violationLabel}
      </Typography.Title>
      <Descriptions column={1} bordered size="small">
        <Descriptions.Item label={t('find.status')}>
          <Tag data-testid="finding-status">{findingStatusLabel(f.status, locale)}</Tag>
          {f.explanationOverdue && <Tag color="red">{t('find.overdue')}</Tag>}
          {f.confirmed && <Tag color="red">{t('find.confirmed')}</Tag>}
        </Descriptions.Item>
        <Descriptions.Item label={t('find.unit')}>{f.unitName}</Descriptions.Item>
        <Descriptions.Item label={t('insp.official')}>
          {f.officialName ?? t('insp.official.none')}
        </Descriptions.Item>
        <Descriptions.Item label={t('insp.severity')}>
          <Tag color={SEVERITY_COLORS[f.severity]}>{severityLabel(f.severity, locale)}</Tag>
        </Descriptions.Item>
        <Descriptions.Item label={t('find.legal')}>{f.legalBasis}</Descriptions.Item>
        <Descriptions.Item label={t('insp.description')}>{f.description}</Descriptions.Item>
        <Descriptions.Item label={t('find.occurredAt')}>{formatDateTime(f.occurredAt)}</Descriptions.Item>
        {f.sourceReference && (
          <Descriptions.Item label={t('find.source')}>{f.sourceReference}</Descriptions.Item>
        )}
        <Descriptions.Item label={t('find.dueAt')}>{formatDateTime(f.explanationDueAt)}</Descriptions.Item>
        {f.explanation && (
          <Descriptions.Item label={t('find.explanation')}>{f.explanation}</Descriptions.Item>
        )}
        {f.decision && (
          <Descriptions.Item label={t('find.decision')}>
            <span data-testid="finding-decision">{decisionLabel(f.decision, locale)}</span> — {f.decisionNote}{' '}
            ({f.decidedByName})
          </Descriptions.Item>
        )}
        <Descriptions.Item label={t('find.deduction')}>
          <span data-testid="finding-detail-deduction">{f.deduction > 0 ? `−${f.deduction}` : '0'}</span> ·{' '}
          {t('find.rules', { version: f.rulesVersion })}
        </Descriptions.Item>
      </Descriptions>
      {f.photos.length > 0 && (
        <Card title={t('insp.photos')}>
          <Space wrap>
            {f.photos.map((p) => (
              <Space key={p.attachmentId} direction="vertical" size={2}>
                <Image src={p.url} width={160} alt={f.violationLabel} />
                <Typography.Text type="secondary">
                  {t('insp.photo.taken', { time: formatDateTime(p.takenAt) })}
                </Typography.Text>
              </Space>
            ))}
          </Space>
        </Card>
      )}
      {f.allowedActions.includes('explain') && (
        <Card title={t('find.explanation')}>
          <Form layout="vertical" onFinish={explain}>
            <Form.Item name="explanation" rules={[{ required: true, whitespace: true }]}>
              <Input.TextArea rows={4} data-testid="explain-text" />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={step.isPending} data-testid="explain-submit">
              {t('find.explain')}
            </Button>
          </Form>
        </Card>
      )}
      {f.allowedActions.includes('decide') && (
        <Card title={t('find.decision')}>
          <Form layout="vertical" onFinish={decide}>
            <Form.Item name="decision" label={t('find.decide')} rules={[{ required: true }]}>
              <Select
                options={DECISIONS.map((d) => ({ value: d, label: decisionLabel(d, locale) }))}
                data-testid="decide-decision"
              />
            </Form.Item>
            <Form.Item
              name="note"
              label={t('find.decisionNote')}
              rules={[{ required: true, whitespace: true }]}
            >
              <Input.TextArea rows={3} data-testid="decide-note" />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={step.isPending} data-testid="decide-submit">
              {t('find.decide')}
            </Button>
          </Form>
        </Card>
      )}
      <Card title={t('find.history')}>
        <Timeline
          items={f.events.map((e) => ({
            children: `${formatDateTime(e.at)} — ${t(`find.event.${e.type as 'recorded'}`)}${e.actorName ? ` · ${e.actorName}` : ''}`,
          }))}
        />
      </Card>
    </Space>
  );
}
