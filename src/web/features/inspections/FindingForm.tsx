/** The on-site form for one finding: who, what, how serious, a description and photos (with when they were taken). */
import { Button, Card, Form, Input, Select, Space, Tag } from 'antd';
import { useState } from 'react';
import {
  SEVERITIES,
  VIOLATION_TYPES,
  type Severity,
  type ViolationType,
} from '../../../domain/conduct/violations';
import { showSuccess } from '../../app/feedback';
import { formatDateTime } from '../../app/i18n/format';
import { uploadPhoto, useRecordFinding, useUnitOfficials, type Inspection } from './inspections.api';
import { useInspectionI18n } from './inspections.messages';
import { severityLabel, violationLabel } from './labels';

interface Values {
  checklistItem: string | null;
  officialId: string | null;
  violationType: ViolationType;
  severity: Severity;
  description: string;
}

export function FindingForm({ visit }: { visit: Inspection }) {
  const { t, locale } = useInspectionI18n();
  const [form] = Form.useForm<Values>();
  const officials = useUnitOfficials(visit.unitId);
  const record = useRecordFinding(visit.id);
  const [photos, setPhotos] = useState<{ attachmentId: string; takenAt: string; name: string }[]>([]);
  const [uploading, setUploading] = useState(false);

  const addPhoto = async (file: File | undefined) => {
    if (!file) return;
    setUploading(true);
    try {
      const attachmentId = await uploadPhoto(file);
      const takenAt = new Date(Math.min(file.lastModified || Date.now(), Date.now())).toISOString();
      setPhotos((list) => [...list, { attachmentId, takenAt, name: file.name }]);
    } finally {
      setUploading(false);
    }
  };
  const pickItem = (code: string | null) => {
    const item = visit.checklist.items.find((i) => i.code === code);
    if (item) form.setFieldValue('violationType', item.violationType);
  };
  const submit = async (values: Values) => {
    await record.mutateAsync({
      ...values,
      photos: photos.map(({ attachmentId, takenAt }) => ({ attachmentId, takenAt })),
    });
    showSuccess(t('insp.recorded'));
    form.resetFields();
    setPhotos([]);
  };

  return (
    <Card title={t('insp.record')} data-testid="finding-form">
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{
          officialId: null,
          checklistItem: visit.unrecordedFailures[0] ?? null,
          severity: 'light',
        }}
      >
        <Form.Item name="checklistItem" label={t('insp.checklist')}>
          <Select
            allowClear
            onChange={pickItem}
            options={visit.checklist.items.map((i) => ({
              value: i.code,
              label: locale === 'vi' ? i.label : i.labelEn,
            }))}
            data-testid="finding-item"
          />
        </Form.Item>
        <Form.Item name="officialId" label={t('insp.official')}>
          <Select
            showSearch
            optionFilterProp="label"
            options={[
              { value: null as unknown as string, label: t('insp.official.none') },
              ...(officials.data ?? []).map((o) => ({
                value: o.id,
                label: `${o.fullName}${o.title ? ` — ${o.title}` : ''}`,
              })),
            ]}
            data-testid="finding-official"
          />
        </Form.Item>
        <Form.Item name="violationType" label={t('insp.violationType')} rules={[{ required: true }]}>
          <Select
            showSearch
            optionFilterProp="label"
            options={VIOLATION_TYPES.map((v) => ({ value: v, label: violationLabel(v, locale) }))}
            data-testid="finding-type"
          />
        </Form.Item>
        <Form.Item name="severity" label={t('insp.severity')} rules={[{ required: true }]}>
          <Select
            options={SEVERITIES.map((s) => ({ value: s, label: severityLabel(s, locale) }))}
            data-testid="finding-severity"
          />
        </Form.Item>
        <Form.Item
          name="description"
          label={t('insp.description')}
          rules={[{ required: true, whitespace: true }]}
        >
          <Input.TextArea rows={3} data-testid="finding-description" />
        </Form.Item>
        <Form.Item label={t('insp.photos')}>
          <Space direction="vertical" style={{ width: '100%' }}>
            <input
              type="file"
              accept="image/jpeg,image/png"
              capture="environment"
              aria-label={t('insp.photo.add')}
              onChange={(e) => void addPhoto(e.target.files?.[0])}
              data-testid="finding-photo"
            />
            {photos.map((p) => (
              <Tag key={p.attachmentId} color="blue">
                {p.name} · {t('insp.photo.taken', { time: formatDateTime(p.takenAt) })}
              </Tag>
            ))}
          </Space>
        </Form.Item>
        <Button
          type="primary"
          htmlType="submit"
          block
          loading={record.isPending || uploading}
          data-testid="finding-submit"
        >
          {t('insp.record')}
        </Button>
      </Form>
    </Card>
  );
}
