/**
 * The public deadline calculator (/tinh-han, no sign-in): when a dossier received at a given time with a
 * given time allowed is due, by the national working calendar. Officials open it from their menu to
 * answer citizens.
 */
import {
  Alert,
  Button,
  Card,
  Col,
  DatePicker,
  Empty,
  Form,
  InputNumber,
  Row,
  Select,
  Space,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useFeatureI18n } from '../../app/i18n/feature-i18n';
import { DeadlineResult } from './DeadlineResult';
import { useComputeDeadline } from './deadline.api';
import {
  DURATION_UNITS,
  formatDurationText,
  formatWallClock,
  isWholeUnit,
  wallClockInVietnam,
  type DurationUnit,
} from './deadline-input';
import { deadlineMessages } from './deadline.messages';

interface Values {
  start: Dayjs;
  amount: number | null;
  unit: DurationUnit;
}

/** Now in Vietnam, as a picker value: the picker shows its fields as they are (Vietnam wall-clock time). */
function nowInVietnam(): Dayjs {
  const c = wallClockInVietnam(new Date());
  return dayjs(new Date(c.year, c.month - 1, c.day, c.hour, c.minute));
}

export function DeadlinePage() {
  const { t } = useFeatureI18n(deadlineMessages);
  const [form] = Form.useForm<Values>();
  const unit = Form.useWatch('unit', form) ?? 'd';
  const compute = useComputeDeadline();
  const [initialValues] = useState<Values>(() => ({ start: nowInVietnam(), amount: 3, unit: 'd' }));

  const submit = (values: Values) => {
    const duration = formatDurationText(values.amount, values.unit);
    if (!duration) return;
    const start = formatWallClock({
      year: values.start.year(),
      month: values.start.month() + 1,
      day: values.start.date(),
      hour: values.start.hour(),
      minute: values.start.minute(),
    });
    compute.mutate({ start, duration });
  };

  const help =
    unit === 'same-day' ? t('deadline.sameDay.help') : unit === 'cd' ? t('deadline.calendarDays.help') : null;

  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('deadline.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('deadline.intro')}</Typography.Paragraph>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}>
          <Card title={t('deadline.question')}>
            <Form<Values>
              form={form}
              name="deadline"
              layout="vertical"
              initialValues={initialValues}
              onFinish={submit}
              data-testid="deadline-form"
            >
              <Form.Item
                name="start"
                label={t('deadline.start')}
                extra={t('deadline.start.help')}
                rules={[{ required: true, message: t('form.select', { field: t('deadline.start') }) }]}
              >
                <DatePicker
                  showTime={{ format: 'HH:mm' }}
                  format="DD/MM/YYYY HH:mm"
                  allowClear={false}
                  style={{ width: '100%' }}
                  data-testid="deadline-start"
                />
              </Form.Item>
              <Form.Item label={t('deadline.duration')} extra={help} required>
                <Space.Compact style={{ width: '100%' }}>
                  <Form.Item
                    name="amount"
                    noStyle
                    rules={[
                      {
                        validator: (_rule, value: number | null) =>
                          unit === 'same-day' || (typeof value === 'number' && value > 0)
                            ? Promise.resolve()
                            : Promise.reject(new Error(t('deadline.amount.invalid'))),
                      },
                    ]}
                  >
                    <InputNumber
                      min={0}
                      max={100000}
                      precision={isWholeUnit(unit) ? 0 : undefined}
                      disabled={unit === 'same-day'}
                      aria-label={t('deadline.amount')}
                      style={{ width: '40%' }}
                      data-testid="deadline-amount"
                    />
                  </Form.Item>
                  <Form.Item name="unit" noStyle>
                    <Select<DurationUnit>
                      aria-label={t('deadline.unit')}
                      style={{ width: '60%' }}
                      options={DURATION_UNITS.map((value) => ({ value, label: t(`deadline.unit.${value}`) }))}
                      data-testid="deadline-unit"
                    />
                  </Form.Item>
                </Space.Compact>
              </Form.Item>
              <Button
                type="primary"
                htmlType="submit"
                loading={compute.isPending}
                data-testid="deadline-submit"
              >
                {t('deadline.submit')}
              </Button>
            </Form>
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <Card title={t('deadline.result')}>
            {compute.isError ? (
              <Alert
                type="error"
                showIcon
                title={t('deadline.error')}
                description={compute.error.message}
                style={{ marginBottom: 16 }}
                data-testid="deadline-error"
              />
            ) : null}
            {compute.data ? (
              <DeadlineResult result={compute.data} />
            ) : compute.isError ? null : (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('deadline.result.empty')} />
            )}
          </Card>
        </Col>
      </Row>
    </>
  );
}
