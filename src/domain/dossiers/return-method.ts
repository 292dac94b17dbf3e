/**
 * How the applicant receives the result. Form 01 of TT 03/2025/TT-VPCP offers three boxes: "Tại Bộ phận
 * Một cửa", "Qua dịch vụ bưu chính công ích", "Trực tuyến". The applicant chooses at intake (counter or
 * online); the choice is printed ticked on form 01 and is the default when the result is returned.
 */
import type { CHANNELS } from './status.js';

export const RETURN_METHODS = ['counter', 'post', 'online'] as const;
export type ReturnMethod = (typeof RETURN_METHODS)[number];

/** The boxes as form 01 words them, in its order. */
export const RETURN_METHOD_LABELS: Record<ReturnMethod, string> = {
  counter: 'Tại Bộ phận Một cửa',
  post: 'Qua dịch vụ bưu chính công ích',
  online: 'Trực tuyến',
};

/**
 * The way assumed when an intake names none (clients from before the choice existed): the way the dossier
 * came in — online submissions online, postal ones by post, the rest at the counter.
 */
export function defaultReturnMethod(channel: (typeof CHANNELS)[number]): ReturnMethod {
  if (channel === 'online') return 'online';
  if (channel === 'postal') return 'post';
  return 'counter';
}
