/** Chooses the frame by kind of person: officials get the admin-capable layout, citizens the simple one. */
import { useCurrentUser } from '../features/auth/session';
import { useSessionLocale } from '../features/auth/useSessionLocale';
import { CitizenLayout } from './CitizenLayout';
import { OfficialLayout } from './OfficialLayout';

export function RoleLayout() {
  const user = useCurrentUser();
  useSessionLocale();
  return user.kind === 'citizen' ? <CitizenLayout /> : <OfficialLayout />;
}
