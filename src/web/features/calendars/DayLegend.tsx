/** The colours of the month grids explained. */
import { Flex, Typography } from 'antd';
import type { CSSProperties } from 'react';
import type { FeatureTranslate } from '../../app/i18n/feature-i18n';
import type { calendarMessages } from './calendars.messages';
import { CHANGED_OUTLINE, DAY_KIND_STYLES, DAY_KINDS_IN_LEGEND, TODAY_RING } from './day-style';

function Swatch({ style, label }: { style: CSSProperties; label: string }) {
  return (
    <Flex align="center" gap={6}>
      <span
        aria-hidden
        style={{
          display: 'inline-block',
          width: 18,
          height: 14,
          borderWidth: 1,
          borderStyle: 'solid',
          borderRadius: 3,
          borderColor: '#f0f0f0',
          ...style,
        }}
      />
      <Typography.Text style={{ fontSize: 13 }}>{label}</Typography.Text>
    </Flex>
  );
}

export function DayLegend({ t }: { t: FeatureTranslate<typeof calendarMessages> }) {
  return (
    <Flex wrap gap={16} data-testid="calendar-legend">
      {DAY_KINDS_IN_LEGEND.map((kind) => (
        <Swatch key={kind} style={DAY_KIND_STYLES[kind]} label={t(`calendars.kind.${kind}`)} />
      ))}
      <Swatch style={TODAY_RING} label={t('calendars.legend.today')} />
      <Swatch style={CHANGED_OUTLINE} label={t('calendars.legend.changed')} />
    </Flex>
  );
}
