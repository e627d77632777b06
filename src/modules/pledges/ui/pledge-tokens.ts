/**
 * The manage tokens of pledges made on this device, in localStorage: they let a visitor without an
 * account reconfirm or withdraw later. Sign-out and the panic button clear them with the rest.
 */
const KEY = 'whistle.pledges';

export interface StoredPledge {
  pledgeId: string;
  campaignId: string;
  token: string;
}

export function storedPledges(): StoredPledge[] {
  try {
    const value = JSON.parse(localStorage.getItem(KEY) ?? '[]') as unknown;
    return Array.isArray(value)
      ? value.filter((p): p is StoredPledge => typeof p?.token === 'string' && typeof p?.pledgeId === 'string')
      : [];
  } catch {
    return [];
  }
}

export function storePledge(pledge: StoredPledge) {
  const rest = storedPledges().filter((p) => p.pledgeId !== pledge.pledgeId);
  try {
    localStorage.setItem(KEY, JSON.stringify([...rest, pledge]));
  } catch {
    // Storage switched off: the pledge counts all the same; it just cannot be changed from here later.
  }
}

export const hasStoredPledge = (campaignId: string) => storedPledges().some((p) => p.campaignId === campaignId);
