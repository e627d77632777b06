import { formatNumber, useLanguage, useT } from '../../../core/web/i18n';
import type { Rules } from '../contract';

/** An assembly's rules in words: quorum, majority, who proposes, discussion, secrecy. */
export function RulesList({ rules, delegateSeats }: { rules: Rules; delegateSeats?: number }) {
  const t = useT('assemblies');
  const lang = useLanguage();
  const value = formatNumber(rules.quorumValue, lang);
  return (
    <ul class="rules-list">
      <li>{rules.quorumKind === 'share' ? t('rules.quorumShare', { value }) : t('rules.quorumCount', { value })}</li>
      <li>{t(`rules.majority.${rules.majority}`)}</li>
      <li>{t(`rules.proposers.${rules.proposers}`)}</li>
      <li>
        {rules.discussionHours > 0 ? t('rules.discussion', { hours: formatNumber(rules.discussionHours, lang) }) : t('rules.noDiscussion')}
      </li>
      <li>{rules.secretBallot ? t('rules.secret') : t('rules.open')}</li>
      {delegateSeats !== undefined && <li>{t('rules.seats', { count: formatNumber(delegateSeats, lang) })}</li>}
    </ul>
  );
}
