import { ApiError } from '../../../core/web/api';
import { errorText } from '../../../core/web/forms';
import { useT } from '../../../core/web/i18n';
import type { Shift } from '../contract';

/**
 * A refused action on a shift, announced. A missing or lapsing qualification is said with the
 * qualification's name in the reader's language; anything else as the common error text.
 */
export function ShiftError({ error, shift }: { error: unknown; shift: Pick<Shift, 'requiredQualification'> }) {
  const t = useT('patrols');
  const common = useT();
  if (!error) return null;
  const code = error instanceof ApiError ? error.code : '';
  const qualification = shift.requiredQualification ? t(`qualifications.${shift.requiredQualification}`) : '';
  const text =
    qualification && (code === 'qualification_required' || code === 'qualification_expired')
      ? t(`errors.${code}`, { qualification })
      : errorText(common, error);
  return (
    <p class="notice notice-error" role="alert">
      {text}
    </p>
  );
}
