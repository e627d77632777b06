import { useT } from '../../../core/web/i18n';
import type { Me } from '../contract';

/** A member's roles as tags; `member` is left out when there are others, since everyone holds it. */
export function RoleList({ roles, label }: { roles: Me['roles']; label?: string }) {
  const t = useT();
  const shown = roles.length > 1 ? roles.filter((r) => r !== 'member') : roles;
  return (
    <ul class="tags" aria-label={label}>
      {shown.map((r) => (
        <li key={r} class="tag">
          {t(`roles.${r}`)}
        </li>
      ))}
    </ul>
  );
}
