/**
 * The deadline simulator: a receipt time (now by default) and a case give every step's start and due time,
 * the dossier's due time, and the days that were not counted (weekends, holidays) with their reason.
 * The server computes it on the working calendar, with the same function that sets real dossiers' deadlines.
 */
import {
  Alert,
  Button,
  DatePicker,
  Descriptions,
  Flex,
  Form,
  Select,
  Spin,
  Table,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { ROLES, type Role } from '../../../domain/access/roles';
import type { ProcedureDefinition } from '../../../domain/procedures/definition';
import { useIsPhone } from '../../components/phone';
import { useI18n } from '../../app/i18n/context';
import { formatDate, formatDateTime } from '../../app/i18n/format';
import { roleLabel } from '../../app/i18n/labels';
import { formatDuration, formatWorkingMinutes } from '../procedures/procedure-format';
import { useSimulation, type ScheduleResponse } from '../procedures/procedures.api';
import { vietnamIso, vietnamWallClock } from './simulator-time';

type ScheduledStep = ScheduleResponse['steps'][number];

const NORMAL_CASE = '';
const PICKER_FORMAT = 'DD/MM/YYYY HH:mm';

function isRole(value: string): value is Role {
  return ROLES.some((role) => role === value);
}

interface Props {
  procedureId: string;
  definition: ProcedureDefinition;
}

function ScheduleResult({ schedule }: { schedule: ScheduleResponse }) {
  const { t, locale } = useI18n();
  const outsideHours = new Date(schedule.countingFrom).getTime() !== new Date(schedule.receivedAt).getTime();
  return (
    <>
      <Alert
        type="success"
        showIcon
        style={{ marginBottom: 16 }}
        title={
          <>
            {t('catalogue.sim.due')}{' '}
            <Typography.Text strong data-testid="simulator-due">
              {formatDateTime(schedule.dueAt)}
            </Typography.Text>
          </>
        }
        description={
          <Descriptions
            size="small"
            column={1}
            items={[
              {
                key: 'time',
                label: t('proc.field.processingTime'),
                children: formatDuration(schedule.processingTime, t, locale),
              },
              {
                key: 'received',
                label: t('catalogue.sim.received'),
                children: formatDateTime(schedule.receivedAt),
              },
              {
                key: 'from',
                label: t('catalogue.sim.countingFrom'),
                children: (
                  <span data-testid="simulator-counting-from">
                    {formatDateTime(schedule.countingFrom)}
                    {outsideHours && (
                      <Typography.Text type="secondary"> — {t('catalogue.sim.outsideHours')}</Typography.Text>
                    )}
                  </span>
                ),
              },
            ]}
          />
        }
      />
      <Table<ScheduledStep>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={schedule.steps}
        scroll={{ x: 900 }}
        data-testid="simulator-steps"
        columns={[
          {
            key: 'n',
            title: t('proc.step.number'),
            width: 64,
            align: 'center',
            render: (_v, _s, i) => i + 1,
          },
          { key: 'task', title: t('proc.step.task'), dataIndex: 'task' },
          { key: 'unit', title: t('proc.step.unitName'), dataIndex: 'unitName', width: 180 },
          {
            key: 'role',
            title: t('proc.step.role'),
            width: 160,
            render: (_value, step) => (isRole(step.role) ? roleLabel(step.role, locale) : step.role),
          },
          {
            key: 'allotted',
            title: t('proc.step.allotted'),
            width: 130,
            render: (_value, step) => formatWorkingMinutes(step.allottedMinutes, t, locale),
          },
          {
            key: 'start',
            title: t('catalogue.sim.start'),
            width: 140,
            render: (_value, step) => formatDateTime(step.startsAt),
          },
          {
            key: 'due',
            title: t('catalogue.sim.stepDue'),
            width: 140,
            render: (_value, step) => (
              <span data-testid="simulator-step-due">{formatDateTime(step.dueAt)}</span>
            ),
          },
        ]}
      />
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('catalogue.sim.skipped')}
      </Typography.Title>
      {schedule.skippedDays.length ? (
        <Flex wrap gap={8} data-testid="simulator-skipped">
          {schedule.skippedDays.map((day) => (
            <Tag key={day.date} color="orange">
              {formatDate(`${day.date}T12:00:00+07:00`)} — {day.reason}
            </Tag>
          ))}
        </Flex>
      ) : (
        <Typography.Text type="secondary" data-testid="simulator-skipped">
          {t('catalogue.sim.skipped.none')}
        </Typography.Text>
      )}
    </>
  );
}

export function DeadlineSimulator({ procedureId, definition }: Props) {
  const { t } = useI18n();
  const phone = useIsPhone();
  const [receivedAt, setReceivedAt] = useState<Dayjs | null>(() => dayjs(vietnamWallClock(new Date())));
  const [variant, setVariant] = useState(NORMAL_CASE);
  const [asked, setAsked] = useState<{ receivedAt: string; variantId: string | null }>(() => ({
    receivedAt: vietnamIso(vietnamWallClock(new Date())),
    variantId: null,
  }));
  const simulation = useSimulation(procedureId, asked.receivedAt, asked.variantId);

  const run = () => {
    if (!receivedAt) return;
    setAsked({
      receivedAt: vietnamIso(receivedAt.format('YYYY-MM-DDTHH:mm')),
      variantId: variant === NORMAL_CASE ? null : variant,
    });
  };

  return (
    <>
      <Typography.Paragraph type="secondary">{t('catalogue.sim.intro')}</Typography.Paragraph>
      <Form layout={phone ? 'vertical' : 'inline'} onFinish={run} style={{ rowGap: 12, marginBottom: 16 }}>
        <Form.Item label={t('catalogue.sim.receivedAt')} htmlFor="simulator-received-at">
          <DatePicker
            id="simulator-received-at"
            showTime={{ format: 'HH:mm' }}
            format={PICKER_FORMAT}
            value={receivedAt}
            onChange={setReceivedAt}
            allowClear={false}
            data-testid="simulator-received-at"
          />
        </Form.Item>
        {definition.variants.length > 0 && (
          <Form.Item label={t('catalogue.sim.case')} htmlFor="simulator-variant">
            <Select
              id="simulator-variant"
              value={variant}
              onChange={setVariant}
              style={{ width: 360, maxWidth: '100%' }}
              popupMatchSelectWidth={false}
              options={[
                { value: NORMAL_CASE, label: t('catalogue.sim.normalCase') },
                ...definition.variants.map((v) => ({ value: v.id, label: v.name })),
              ]}
              data-testid="simulator-variant"
            />
          </Form.Item>
        )}
        <Form.Item>
          <Button
            type="primary"
            htmlType="submit"
            loading={simulation.isFetching}
            data-testid="simulator-run"
          >
            {t('catalogue.sim.run')}
          </Button>
        </Form.Item>
      </Form>
      {simulation.isError && (
        <Alert type="error" showIcon title={t('error.load')} description={simulation.error.message} />
      )}
      {simulation.data && <ScheduleResult schedule={simulation.data} />}
      {!simulation.data && simulation.isFetching && (
        <Flex justify="center" style={{ padding: 24 }}>
          <Spin />
        </Flex>
      )}
    </>
  );
}
