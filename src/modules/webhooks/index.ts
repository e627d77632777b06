import type { AppModule } from '../../context';

export type { WebhooksTables } from './schema';

export const webhooksModule: AppModule = {
  name: 'webhooks',
};
