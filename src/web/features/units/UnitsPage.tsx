/**
 * The unit tree screen: the tree (or search results) on the left, the selected unit on the right.
 * The system administrator starts from the provinces; others start from their own unit, the subtree
 * they may manage. The selected unit is kept in the address (?unit=<id>).
 */
import { Card, Col, Input, Row, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { isSystemAdministrator } from '../../app/access';
import { useI18n } from '../../app/i18n/context';
import { useCurrentUser } from '../auth/session';
import { UnitDetail } from './UnitDetail';
import { UnitSearchResults } from './UnitSearchResults';
import { UnitTree } from './UnitTree';
import { useUnitTree } from './useUnitTree';

export function UnitsPage() {
  const { t } = useI18n();
  const user = useCurrentUser();
  const tree = useUnitTree(isSystemAdministrator(user) ? null : user.unitId);
  const [params, setParams] = useSearchParams();
  const selectedId = params.get('unit');
  const [query, setQuery] = useState('');

  const select = (id: string) => setParams({ unit: id }, { replace: true });

  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('units.title')}
      </Typography.Title>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}>
          <Card title={query ? t('units.search.results') : t('units.tree')}>
            <Input.Search
              allowClear
              placeholder={t('units.search.placeholder')}
              aria-label={t('units.search.placeholder')}
              enterButton={t('action.search')}
              onSearch={(value) => setQuery(value.trim())}
              style={{ marginBottom: 16 }}
              data-testid="unit-search"
            />
            {query ? (
              <UnitSearchResults key={query} q={query} selectedId={selectedId} onSelect={select} />
            ) : (
              <div style={{ maxHeight: '70vh', overflow: 'auto' }}>
                <UnitTree tree={tree} selectedId={selectedId} onSelect={select} />
              </div>
            )}
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <UnitDetail
            unitId={selectedId}
            onSaved={tree.replaceUnit}
            onCreated={(unit) => {
              if (unit.parentId) void tree.refreshNode(unit.parentId);
              select(unit.id);
            }}
          />
        </Col>
      </Row>
    </>
  );
}
