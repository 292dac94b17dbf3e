/** The home page for whoever is signed in. */
import { useCurrentUser } from '../auth/session';
import { CitizenHome } from './CitizenHome';
import { OfficialHome } from './OfficialHome';

export function HomePage() {
  const user = useCurrentUser();
  return user.kind === 'citizen' ? <CitizenHome /> : <OfficialHome />;
}
