/**
 * The app's dictionary: every group of messages, merged. A key missing in one language cannot compile,
 * because each message is declared with both texts (see define.ts).
 */
import { auditMessages } from '../../features/audit/audit.messages';
import { authMessages } from '../../features/auth/auth.messages';
import { homeMessages } from '../../features/home/home.messages';
import { profileMessages } from '../../features/profile/profile.messages';
import { unitMessages } from '../../features/units/units.messages';
import { userMessages } from '../../features/users/users.messages';
import { commonMessages } from './common.messages';

/** The groups, kept apart so a test can check that no key is declared twice. */
export const messageGroups = [
  commonMessages,
  authMessages,
  homeMessages,
  unitMessages,
  userMessages,
  auditMessages,
  profileMessages,
] as const;

export const messages = {
  ...commonMessages,
  ...authMessages,
  ...homeMessages,
  ...unitMessages,
  ...userMessages,
  ...auditMessages,
  ...profileMessages,
};

/** Every key of the dictionary. */
export type MessageKey = keyof typeof messages;
