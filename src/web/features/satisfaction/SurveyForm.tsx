/**
 * The survey of one link: the five elements as rows of five large buttons, the other questions below, an
 * anonymity switch and the send button. `large` makes every target bigger for the counter kiosk.
 */
import { FrownFilled, FrownOutlined, MehOutlined, SmileFilled, SmileOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Checkbox, Flex, Input, InputNumber, Radio, Typography } from 'antd';
import { useState } from 'react';
import type { SurveyQuestion } from '../../../contracts/satisfaction';
import { SCALE_LABELS } from '../../../domain/satisfaction/instrument';
import type { AnswerValue, PublicSurvey } from './satisfaction.api';
import { useSatisfactionI18n } from './satisfaction.messages';

const FACES = [FrownFilled, FrownOutlined, MehOutlined, SmileOutlined, SmileFilled];
const FACE_COLOURS = ['#cf1322', '#fa541c', '#8c8c8c', '#52c41a', '#237804'];

interface Props {
  survey: PublicSurvey;
  large?: boolean;
  submitting: boolean;
  error: string | null;
  onSubmit: (input: { answers: Record<string, AnswerValue>; anonymous: boolean }) => void;
}

function ScaleRow({
  question,
  value,
  onChange,
  large,
}: {
  question: SurveyQuestion;
  value: AnswerValue | undefined;
  onChange: (v: number) => void;
  large: boolean;
}) {
  const { locale } = useSatisfactionI18n();
  return (
    <Flex vertical gap={8} data-testid={`survey-q-${question.code}`}>
      <Typography.Text strong style={{ fontSize: large ? 22 : 16 }}>
        {question.label[locale]}
      </Typography.Text>
      <Flex gap={large ? 12 : 4}>
        {SCALE_LABELS.map((label, index) => {
          const level = index + 1;
          const chosen = value === level;
          const Face = FACES[index]!;
          return (
            <Button
              key={level}
              type={chosen ? 'primary' : 'default'}
              aria-pressed={chosen}
              data-testid={`survey-${question.code}-${level}`}
              onClick={() => onChange(level)}
              style={{
                height: large ? 110 : 72,
                minWidth: 0,
                flex: '1 1 0',
                whiteSpace: 'normal',
                padding: 2,
              }}
            >
              <Flex vertical align="center" gap={2}>
                <Face
                  style={{ fontSize: large ? 40 : 24, color: chosen ? undefined : FACE_COLOURS[index] }}
                />
                <span style={{ fontSize: large ? 16 : 11, lineHeight: 1.1 }}>{label[locale]}</span>
              </Flex>
            </Button>
          );
        })}
      </Flex>
    </Flex>
  );
}

function OtherQuestion({
  question,
  value,
  onChange,
}: {
  question: SurveyQuestion;
  value: AnswerValue | undefined;
  onChange: (v: AnswerValue) => void;
}) {
  const { t, locale } = useSatisfactionI18n();
  const label = <Typography.Text strong>{question.label[locale]}</Typography.Text>;
  const testId = `survey-q-${question.code}`;
  switch (question.kind) {
    case 'yes_no':
      return (
        <Flex vertical gap={4} data-testid={testId}>
          {label}
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            size="large"
            value={value}
            onChange={(e) => onChange(e.target.value as boolean)}
            options={[
              { value: true, label: t('sat.survey.yes') },
              { value: false, label: t('sat.survey.no') },
            ]}
          />
        </Flex>
      );
    case 'count':
      return (
        <Flex vertical gap={4} data-testid={testId}>
          {label}
          <InputNumber
            size="large"
            min={0}
            max={question.max}
            value={typeof value === 'number' ? value : null}
            onChange={(v) => v !== null && onChange(v)}
          />
        </Flex>
      );
    case 'choice':
      return (
        <Flex vertical gap={4} data-testid={testId}>
          {label}
          <Radio.Group
            optionType="button"
            size="large"
            value={value}
            onChange={(e) => onChange(e.target.value as string)}
            options={question.options.map((option) => ({ value: option.code, label: option.label[locale] }))}
          />
        </Flex>
      );
    case 'text':
      return (
        <Flex vertical gap={4} data-testid={testId}>
          {label}
          <Input.TextArea
            rows={3}
            maxLength={question.maxLength}
            value={typeof value === 'string' ? value : ''}
            onChange={(e) => onChange(e.target.value)}
          />
        </Flex>
      );
    default:
      return null;
  }
}

export function SurveyForm({ survey, large = false, submitting, error, onSubmit }: Props) {
  const { t } = useSatisfactionI18n();
  const [answers, setAnswers] = useState<Record<string, AnswerValue>>({});
  const [anonymous, setAnonymous] = useState(false);
  const [missing, setMissing] = useState(false);
  const set = (code: string) => (value: AnswerValue) =>
    setAnswers((current) => ({ ...current, [code]: value }));
  const scales = survey.questions.filter((q) => q.kind === 'scale');
  const others = survey.questions.filter((q) => q.kind !== 'scale');
  const submit = () => {
    if (!scales.some((q) => typeof answers[q.code] === 'number')) return setMissing(true);
    setMissing(false);
    onSubmit({ answers, anonymous });
  };
  return (
    <Flex vertical gap={16}>
      <Card title={t('sat.survey.elements')}>
        <Flex vertical gap={large ? 28 : 20}>
          {scales.map((q) => (
            <ScaleRow
              key={q.code}
              question={q}
              value={answers[q.code]}
              onChange={set(q.code)}
              large={large}
            />
          ))}
        </Flex>
      </Card>
      <Card title={t('sat.survey.aspects')}>
        <Flex vertical gap={16}>
          {others.map((q) => (
            <OtherQuestion key={q.code} question={q} value={answers[q.code]} onChange={set(q.code)} />
          ))}
        </Flex>
      </Card>
      <Checkbox
        checked={anonymous}
        onChange={(e) => setAnonymous(e.target.checked)}
        data-testid="survey-anonymous"
        style={{ fontSize: large ? 20 : 14 }}
      >
        {t('sat.survey.anonymous')}
      </Checkbox>
      {missing && <Alert type="warning" showIcon title={t('sat.survey.needOne')} />}
      {error && <Alert type="error" showIcon title={error} data-testid="survey-error" />}
      <Button
        type="primary"
        size="large"
        loading={submitting}
        onClick={submit}
        data-testid="survey-submit"
        style={{ height: large ? 80 : 52, fontSize: large ? 26 : 18 }}
      >
        {t('sat.survey.submit')}
      </Button>
    </Flex>
  );
}
