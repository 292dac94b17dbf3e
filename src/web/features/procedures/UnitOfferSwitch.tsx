/**
 * "Đơn vị tiếp nhận": an official who chooses what their unit receives switches this procedure on or off
 * at their own unit's counter. Shown only to those roles; the server checks the unit again.
 */
import { Card, Flex, Switch, Typography } from 'antd';
import { showSuccess } from '../../app/feedback';
import { useI18n } from '../../app/i18n/context';
import { useSession } from '../auth/session';
import { canChooseOwnUnitOffer } from './procedure-access';
import { useSetOffer, type ProcedureDetail } from './procedures.api';

export function UnitOfferSwitch({ detail }: { detail: ProcedureDetail }) {
  const { t } = useI18n();
  const session = useSession();
  const setOffer = useSetOffer(detail.id);
  const user = session.data;
  if (!user || !canChooseOwnUnitOffer(user) || !user.unitId || !detail.current) return null;
  const unitId = user.unitId;
  const offered = detail.offeredBy.some((unit) => unit.unitId === unitId);
  const unitName = user.unitName ?? '';

  const toggle = (enabled: boolean) =>
    setOffer.mutate(
      { unitId, enabled },
      {
        onSuccess: () =>
          showSuccess(t(enabled ? 'proc.offer.enabled' : 'proc.offer.disabled', { unit: unitName })),
      },
    );

  return (
    <Card size="small" title={t('proc.offer.title')} data-testid="offer-card">
      <Flex align="center" gap={12}>
        <Switch
          checked={offered}
          loading={setOffer.isPending}
          onChange={toggle}
          aria-label={t('proc.offer.label', { unit: unitName })}
          data-testid="offer-switch"
        />
        <Typography.Text>{t('proc.offer.label', { unit: unitName })}</Typography.Text>
      </Flex>
    </Card>
  );
}
