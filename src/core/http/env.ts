import type { Principal } from '../roles';

/** Variables the middlewares put on every request. */
export interface HttpEnv {
  Variables: {
    principal: Principal | null;
  };
}
