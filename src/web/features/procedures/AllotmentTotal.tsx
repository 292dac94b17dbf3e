/** The running total of the steps' allotted time against the legal time, red when the steps do not fit. */
import { Flex, Progress, Typography } from 'antd';
import type { Duration } from '../../../domain/procedures/definition';
import { useI18n } from '../../app/i18n/context';
import { formatDuration, formatWorkingMinutes } from './procedure-format';
import type { AllotmentBudget } from './step-list';

interface Props {
  budget: AllotmentBudget;
  processingTime: Partial<Duration> | undefined;
}

export function AllotmentTotal({ budget, processingTime }: Props) {
  const { t, locale } = useI18n();
  const legal =
    processingTime && typeof processingTime.value === 'number' && processingTime.unit
      ? formatDuration({ value: processingTime.value, unit: processingTime.unit }, t, locale)
      : t('state.none');
  const percent = budget.capacity ? Math.round((budget.used / budget.capacity) * 100) : 0;
  return (
    <Flex vertical gap={4} data-testid="allotment-total" style={{ maxWidth: 560 }}>
      <Typography.Text type={budget.over ? 'danger' : undefined}>
        {t('proc.edit.total', { used: formatWorkingMinutes(budget.used, t, locale), legal })}
        {budget.capacity !== null &&
          (processingTime?.unit === 'same_day' || processingTime?.unit === 'calendar_days') &&
          ` ${t('proc.edit.total.capacity', { capacity: formatWorkingMinutes(budget.capacity, t, locale) })}`}
      </Typography.Text>
      <Progress
        percent={Math.min(percent, 100)}
        status={budget.over ? 'exception' : 'normal'}
        format={() => `${percent}%`}
        size="small"
      />
      {budget.over && (
        <Typography.Text type="danger" data-testid="allotment-over">
          {t('proc.edit.total.over')}
        </Typography.Text>
      )}
    </Flex>
  );
}
