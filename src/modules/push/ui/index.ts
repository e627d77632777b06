export { pushLocales } from './locales';
export { PushToggle } from './push-toggle';
