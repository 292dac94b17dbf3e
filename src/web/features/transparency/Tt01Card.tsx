/**
 * The TT 01/2018/TT-VPCP rating of a unit: the staff score (indices 1, 2, 3, 4, 7, max 10) and the agency
 * score (nine indices, max 18) with their bands; a band read while an index is not measured is shown as
 * "at least" that band.
 */
import { Card, Col, List, Row, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { Explain } from './Explain';
import { formatNumber } from './figures';
import { usePublishedPeriods } from '../evaluation/evaluation.api';
import type { UnitReport } from './transparency.api';
import { useTransparencyI18n } from './transparency.messages';

type Score = UnitReport['tt01']['staff'] | UnitReport['tt01']['agency'];

function ScoreBlock({ title, score, testId }: { title: string; score: Score; testId: string }) {
  const { t, locale } = useTransparencyI18n();
  const band = score.band === null ? null : t(`band.${score.band}`);
  return (
    <div data-testid={testId}>
      <Typography.Text type="secondary">{title}</Typography.Text>
      <div>
        <strong>
          {t('unit.tt01.points', {
            points: formatNumber(score.points, locale),
            measured: score.maxMeasured,
            maximum: score.maximum,
          })}
        </strong>
      </div>
      <div data-testid={`${testId}-band`}>
        {band === null ? t('unit.tt01.noData') : score.complete ? band : t('unit.tt01.atLeast', { band })}
      </div>
    </div>
  );
}

/**
 * Each official's TT 01 staff score is published with the unit's monthly evaluation: the months published
 * by the units within this one, linked to their public page.
 */
function OfficialsPublished({ unitId }: { unitId: string }) {
  const { t } = useTransparencyI18n();
  const periods = usePublishedPeriods(unitId);
  const items = (periods.data?.items ?? []).slice(0, 6);
  return (
    <div data-testid="tt01-officials">
      <Typography.Text type="secondary">{t('unit.tt01.officials')}</Typography.Text>
      {items.length === 0 ? (
        <div>{periods.isPending ? null : t('unit.tt01.officials.none')}</div>
      ) : (
        <List
          size="small"
          dataSource={items}
          renderItem={(p) => (
            <List.Item>
              <Link to={`/ket-qua-danh-gia?don-vi=${encodeURIComponent(p.unitCode)}&thang=${p.month}`}>
                {t('unit.tt01.officials.month', {
                  unit: p.unitName,
                  month: `${p.month.slice(5)}/${p.month.slice(0, 4)}`,
                })}
              </Link>
            </List.Item>
          )}
        />
      )}
    </div>
  );
}

export function Tt01Card({ tt01, unitId }: { tt01: UnitReport['tt01']; unitId: string }) {
  const { t } = useTransparencyI18n();
  return (
    <Card
      size="small"
      title={
        <span>
          {t('unit.tt01')} <Explain testId="tt01-help">{t('unit.tt01.help')}</Explain>
        </span>
      }
    >
      <Row gutter={[16, 12]}>
        <Col xs={24} sm={12}>
          <ScoreBlock title={t('unit.tt01.staff')} score={tt01.staff} testId="tt01-staff" />
        </Col>
        <Col xs={24} sm={12}>
          <ScoreBlock title={t('unit.tt01.agency')} score={tt01.agency} testId="tt01-agency" />
        </Col>
        <Col xs={24}>
          <OfficialsPublished unitId={unitId} />
        </Col>
      </Row>
    </Card>
  );
}
