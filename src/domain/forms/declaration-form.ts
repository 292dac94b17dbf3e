/** The declaration form (tờ khai) filled online, as a printable form: one line per field, then the signer. */
import { formatDeclarationAnswer, type DeclarationAnswers } from '../procedures/declaration.js';
import type { Declaration } from '../procedures/definition.js';
import { formatDateVi } from './format.js';
import type { FormDocument } from './model.js';

export interface DeclarationFormInput {
  declaration: Declaration;
  values: DeclarationAnswers;
  /** The authority the declaration is addressed to. */
  authority: string;
  unit: string;
  applicantName: string;
  submittedAt: number;
}

/** Builds the printable declaration; the answers are those already checked by `validateDeclaration`. */
export function buildDeclarationForm(input: DeclarationFormInput): FormDocument {
  const { declaration, values } = input;
  const placeDate = `Ngày ${formatDateVi(input.submittedAt)}`;
  return {
    title: declaration.title,
    fileName: `to-khai-${declaration.documentId}`,
    page: { size: 'A4', orientation: 'portrait' },
    blocks: [
      { kind: 'heading', authority: input.authority, unit: input.unit },
      { kind: 'title', text: declaration.title.toLocaleUpperCase('vi'), subtitle: '(Kê khai trực tuyến)' },
      ...declaration.fields.map((field) => ({
        kind: 'line' as const,
        line: { label: `${field.label}: `, text: formatDeclarationAnswer(field, values[field.key]) },
      })),
      {
        kind: 'signatures',
        placeDate,
        blocks: [{ title: 'NGƯỜI KHAI', hint: '(Nộp trực tuyến)', name: input.applicantName }],
      },
    ],
  };
}
