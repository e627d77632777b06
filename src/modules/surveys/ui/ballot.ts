/**
 * The ballot secret for one survey lives only on this device: the server keeps its hash beside the
 * answer, so presenting it again is how this device (and only this device) changes the answer.
 * Signing out or the panic button wipe it with the rest of the device's storage.
 */
const key = (surveyId: string) => `whistle.survey-ballot.${surveyId}`;

export function storedBallot(surveyId: string): string | null {
  try {
    return localStorage.getItem(key(surveyId));
  } catch {
    return null;
  }
}

/** This device's ballot for the survey, made (32 random bytes, base64url) the first time. */
export function ballotFor(surveyId: string): string {
  const existing = storedBallot(surveyId);
  if (existing) return existing;
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  const ballot = btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
  try {
    localStorage.setItem(key(surveyId), ballot);
  } catch {
    // Storage switched off: the answer counts, but cannot be changed later from here.
  }
  return ballot;
}
