/**
 * The development clock (only where the server offers it: GET /dev/clock answers 404 without DEV_TOOLS),
 * for system administrators only (the server refuses anyone else): the server's time, and buttons that
 * move it on and back to real time. The server sweeps at once.
 */
import { ClockCircleOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Typography } from 'antd';
import { showError, showSuccess } from '../../app/feedback';
import { isSystemAdministrator } from '../../app/access';
import { formatDateTime } from '../../app/i18n/format';
import { useCurrentUser } from '../auth/session';
import { useDevClock, useMoveDevClock } from './late-work.api';
import { useLateWorkI18n } from './late-work.messages';

const MOVES = [
  { key: 'clock.hour', minutes: 60, testId: 'clock-hour' },
  { key: 'clock.day', minutes: 24 * 60, testId: 'clock-day' },
  { key: 'clock.threeDays', minutes: 3 * 24 * 60, testId: 'clock-three-days' },
] as const;

export function DevClockCard() {
  const { t } = useLateWorkI18n();
  const keeper = isSystemAdministrator(useCurrentUser());
  const clock = useDevClock(keeper);
  const move = useMoveDevClock();
  if (!keeper || !clock.data) return null;
  const run = (body: { advanceMinutes?: number; reset?: boolean }) =>
    move.mutate(body, { onSuccess: () => showSuccess(t('clock.moved')), onError: showError });
  const offset = clock.data.offsetMinutes;
  return (
    <Card
      size="small"
      title={
        <>
          <ClockCircleOutlined /> {t('clock.title')}
        </>
      }
      style={{ borderStyle: 'dashed' }}
      data-testid="dev-clock"
    >
      <Flex vertical gap={8}>
        <Typography.Text strong data-testid="dev-clock-now">
          {t('clock.now', { now: formatDateTime(clock.data.now) })}
        </Typography.Text>
        {offset !== 0 && (
          <Typography.Text type="secondary">
            {t('clock.offset', { offset: `${offset > 0 ? '+' : ''}${Math.round(offset / 6) / 10} h` })}
          </Typography.Text>
        )}
        <Flex gap={8} wrap>
          {MOVES.map((m) => (
            <Button
              key={m.key}
              loading={move.isPending}
              onClick={() => run({ advanceMinutes: m.minutes })}
              data-testid={m.testId}
            >
              {t(m.key)}
            </Button>
          ))}
          <Button
            danger
            loading={move.isPending}
            onClick={() => run({ reset: true })}
            data-testid="clock-reset"
          >
            {t('clock.reset')}
          </Button>
        </Flex>
      </Flex>
    </Card>
  );
}
