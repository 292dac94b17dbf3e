/**
 * One button per action the person may take now (exactly the dossier's allowedActions), each opening
 * its dialog. A forward from the last step reads "finish processing". While late work holds forward actions
 * back, the card says why and what to file.
 */
import { Alert, Button, Card, Flex } from 'antd';
import { useState } from 'react';
import type { Dossier } from '../../../contracts/dossiers';
import type { DossierActionType } from '../../../domain/dossiers/status';
import type { ProcedureDefinition } from '../../../domain/procedures/definition';
import { LateWorkBlockers } from '../late-work/LateWorkBlockers';
import { ActionModal } from './ActionModal';
import { actionLabel } from './dossier-labels';
import { actionTone, findNextStep } from './dossier-rules';
import { useDossierI18n } from './dossiers.messages';

interface Props {
  dossier: Dossier;
  definition: ProcedureDefinition | undefined;
  onConflict: () => void;
}

export function DossierActions({ dossier, definition, onConflict }: Props) {
  const { t, locale } = useDossierI18n();
  const [open, setOpen] = useState<DossierActionType | null>(null);
  const finishes =
    !!definition &&
    !!dossier.currentStep &&
    findNextStep(definition, dossier.variantId, dossier.currentStep.id) === null;
  const textOf = (type: DossierActionType) =>
    type === 'forward' && finishes ? t('action.button.finish') : actionLabel(type, locale);

  return (
    <Card title={t('detail.actions')} size="small" data-testid="dossier-actions">
      {dossier.lateWorkBlockers.length > 0 && (
        <div style={{ marginBottom: 12 }}>
          <LateWorkBlockers dossier={dossier} showLink />
        </div>
      )}
      {dossier.allowedActions.length === 0 ? (
        <Alert type="info" showIcon title={t('detail.noActions')} data-testid="no-actions" />
      ) : (
        <Flex wrap gap={8}>
          {dossier.allowedActions.map((type) => {
            const tone = actionTone(type);
            return (
              <Button
                key={type}
                type={tone === 'primary' ? 'primary' : 'default'}
                danger={tone === 'danger'}
                onClick={() => setOpen(type)}
                data-testid={`action-${type}`}
              >
                {textOf(type)}
              </Button>
            );
          })}
        </Flex>
      )}
      <ActionModal
        dossier={dossier}
        type={open}
        definition={definition}
        title={open ? textOf(open) : ''}
        onClose={() => setOpen(null)}
        onConflict={onConflict}
      />
    </Card>
  );
}
