import { ROLES, type Role } from '../../../core/roles';
import { Checkbox, CheckboxGroup } from '../../../core/web/forms';
import { useT } from '../../../core/web/i18n';

/**
 * The eight roles as checkboxes. Everyone holds `member`, so it stays ticked. Only an admin may grant
 * or remove `admin`: others do not see it, unless the member already holds it (shown, but locked).
 */
export function RoleCheckboxes(props: {
  legend: string;
  roles: Role[];
  onChange: (roles: Role[]) => void;
  canGrantAdmin: boolean;
  error?: unknown;
}) {
  const t = useT('members');
  const has = (r: Role) => r === 'member' || props.roles.includes(r);
  const toggle = (r: Role, on: boolean) => props.onChange(on ? [...props.roles, r] : props.roles.filter((x) => x !== r));
  const shown = ROLES.filter((r) => r !== 'admin' || props.canGrantAdmin || props.roles.includes('admin'));
  return (
    <CheckboxGroup legend={props.legend} name="roles" error={props.error}>
      <div class="role-checks">
        {shown.map((r) => (
          <Checkbox
            key={r}
            label={t(`roles.${r}`)}
            hint={
              r === 'member'
                ? t('members.everyoneMember')
                : r === 'admin' && !props.canGrantAdmin
                  ? t('members.adminOnly')
                  : t(`roleHints.${r}`)
            }
            checked={has(r)}
            disabled={r === 'member' || (r === 'admin' && !props.canGrantAdmin)}
            onChange={(on) => toggle(r, on)}
          />
        ))}
      </div>
    </CheckboxGroup>
  );
}
