import type { AppContext, AppModule } from '../../context';

export type { PushTables } from './schema';

/** What a push tells the device: only which kind of thing to open, and its id — never content. */
export interface PushMessage {
  kind: 'alert' | 'offer';
  id: string;
}

/**
 * Sends a content-free Web Push to every subscribed device of these members, in the background
 * (the caller's request does not wait for push services). Being built: see issue #4.
 */
export async function notifyMembers(_ctx: AppContext, _memberIds: readonly string[], _message: PushMessage): Promise<void> {}

export const pushModule: AppModule = {
  name: 'push',
};
