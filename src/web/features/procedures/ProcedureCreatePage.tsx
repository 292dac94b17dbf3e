/**
 * A new procedure: start blank (with the usual four steps) or from a copy of an existing procedure, choose
 * the owner unit (whose home-affairs administrators may then edit it), fill in and create it as a draft.
 */
import { CopyOutlined, FileAddOutlined, SaveOutlined } from '@ant-design/icons';
import { Breadcrumb, Button, Card, Col, Flex, Form, Radio, Row, Select, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import type { ProcedureDefinition } from '../../../domain/procedures/definition';
import { isSystemAdministrator } from '../../app/access';
import { showError, showSuccess } from '../../app/feedback';
import { api } from '../../app/http';
import { useI18n } from '../../app/i18n/context';
import { useCurrentUser } from '../auth/session';
import { UnitPicker } from '../units/UnitPicker';
import { blankDefinition, copyDefinition } from './blank-definition';
import { IssueList } from './IssueList';
import { fieldNameOf, issuesOf, type PathIssue } from './issue-paths';
import { ProcedureForm } from './ProcedureForm';
import { useCreateProcedure, useProcedureList, type ProcedureDetail } from './procedures.api';

interface Source {
  key: string;
  definition: ProcedureDefinition;
}

function CopySourcePicker({ onPick }: { onPick: (source: Source) => void }) {
  const { t } = useI18n();
  const [q, setQ] = useState('');
  const list = useProcedureList({ q, field: null, level: null, unitId: null, page: 1, pageSize: 20 });
  const [loading, setLoading] = useState(false);

  const pick = async (id: string) => {
    setLoading(true);
    try {
      const detail = await api.get<ProcedureDetail>(`/procedures/${id}`);
      const definition = detail.definition ?? detail.draft?.definition;
      if (definition) onPick({ key: id, definition: copyDefinition(definition) });
    } catch (error) {
      showError(error);
    } finally {
      setLoading(false);
    }
  };

  return (
    <Select<string>
      showSearch={{ filterOption: false, onSearch: setQ }}
      loading={list.isFetching || loading}
      placeholder={t('proc.create.copyPlaceholder')}
      aria-label={t('proc.create.copyPlaceholder')}
      onChange={(id) => void pick(id)}
      options={(list.data?.items ?? []).map((p) => ({ value: p.id, label: `${p.name} (${p.code})` }))}
      style={{ width: '100%' }}
      data-testid="procedure-copy-source"
    />
  );
}

/** A new procedure has nothing saved to compare with, so changes need no tracking. */
function ignoreChange(): void {}

function CreateEditor({ source, ownerUnitId }: { source: Source; ownerUnitId: string | null }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [form] = Form.useForm();
  const [issues, setIssues] = useState<PathIssue[]>([]);
  const create = useCreateProcedure();

  const submit = async () => {
    form.setFields(issues.map((issue) => ({ name: fieldNameOf(issue.path), errors: [] })));
    setIssues([]);
    try {
      await form.validateFields();
    } catch {
      return showError(new Error(t('proc.edit.checkFields')));
    }
    create.mutate(
      { ownerUnitId, definition: form.getFieldsValue(true) },
      {
        onSuccess: ({ id }) => {
          showSuccess(t('proc.create.done'));
          void navigate(`/procedures/${id}`);
        },
        onError: (error) => {
          const found = issuesOf(error);
          setIssues(found);
          form.setFields(found.map((issue) => ({ name: fieldNameOf(issue.path), errors: [issue.message] })));
          showError(found.length ? new Error(t('proc.issues.toast', { count: found.length })) : error);
        },
      },
    );
  };

  return (
    <>
      <IssueList issues={issues} />
      <ProcedureForm
        form={form}
        initial={source.definition}
        disabled={false}
        codeEditable
        onChanged={ignoreChange}
      />
      <Flex justify="end">
        <Button
          type="primary"
          icon={<SaveOutlined />}
          loading={create.isPending}
          onClick={() => void submit()}
          data-testid="procedure-create-submit"
        >
          {t('proc.create.submit')}
        </Button>
      </Flex>
    </>
  );
}

export function ProcedureCreatePage() {
  const { t } = useI18n();
  const user = useCurrentUser();
  const [ownerUnitId, setOwnerUnitId] = useState<string | null>(
    isSystemAdministrator(user) ? null : user.unitId,
  );
  const [mode, setMode] = useState<'blank' | 'copy'>('blank');
  const [source, setSource] = useState<Source>(() => ({ key: 'blank', definition: blankDefinition() }));

  const chooseMode = (next: 'blank' | 'copy') => {
    setMode(next);
    if (next === 'blank') setSource({ key: 'blank', definition: blankDefinition() });
  };

  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 8 }}
        items={[
          { title: <Link to="/procedures">{t('proc.admin.title')}</Link> },
          { title: t('proc.create.title') },
        ]}
      />
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('proc.create.title')}
      </Typography.Title>
      <Card style={{ marginBottom: 16 }}>
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={12}>
            <Typography.Paragraph strong>{t('proc.create.start')}</Typography.Paragraph>
            <Radio.Group
              value={mode}
              onChange={(event) => chooseMode(event.target.value as 'blank' | 'copy')}
              options={[
                {
                  value: 'blank',
                  label: (
                    <>
                      <FileAddOutlined /> {t('proc.create.blank')}
                    </>
                  ),
                },
                {
                  value: 'copy',
                  label: (
                    <>
                      <CopyOutlined /> {t('proc.create.copy')}
                    </>
                  ),
                },
              ]}
              style={{ marginBottom: 12 }}
            />
            {mode === 'copy' && <CopySourcePicker onPick={setSource} />}
          </Col>
          <Col xs={24} lg={12}>
            <Typography.Paragraph strong>{t('proc.create.owner')}</Typography.Paragraph>
            <UnitPicker
              allowClear={isSystemAdministrator(user)}
              value={ownerUnitId}
              valueLabel={user.unitName}
              onChange={setOwnerUnitId}
              placeholder={t('proc.create.ownerNone')}
              style={{ width: '100%' }}
              data-testid="procedure-owner"
            />
            <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
              {t('proc.create.owner.help')}
            </Typography.Paragraph>
          </Col>
        </Row>
      </Card>
      <CreateEditor key={source.key} source={source} ownerUnitId={ownerUnitId} />
    </>
  );
}
