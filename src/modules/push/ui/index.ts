export { pushLocales } from './locales';
export { disablePush as forgetPushOnThisDevice } from './push-device';
export { PushToggle } from './push-toggle';
