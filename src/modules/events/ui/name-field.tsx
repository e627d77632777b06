import { TextField } from '../../../core/web/forms';
import { useT } from '../../../core/web/i18n';
import { NAME_MAX } from '../limits';

/** A visitor's name for the organisers at the door; a pseudonym is fine. */
export function NameField(props: { id: string; hint: string; value: string; onInput: (value: string) => void; error: unknown }) {
  const t = useT('events');
  return <TextField {...props} name="name" label={t('rsvp.nameLabel')} maxLength={NAME_MAX} autoComplete="nickname" required />;
}
