import type { Scope } from '../../store/lists.js';
import type { Principal } from '../auth.js';

/** Lists show an LA its own, a provider its own, a coordinator everything. */
export function scopeOf(p: Principal): Scope {
  if (p.role === 'la') return { kind: 'la', org: p.org };
  if (p.role === 'provider') return { kind: 'provider', org: p.org };
  return { kind: 'all' };
}
