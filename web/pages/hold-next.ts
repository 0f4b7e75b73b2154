import type { Role } from '../../shared/contract/enums.js';
import type { Hold } from '../../shared/contract/schemas.js';
import { formatDateTime } from '../format.js';

/** The page's heading: what happened, not what was once true ("Bed held at …" after a decline misleads). */
export function holdHeading(hold: Hold, unit: string, role: Role): string {
  switch (hold.status) {
    case 'active':
      return role === 'provider' ? `Hold on a bed at ${unit}` : `Bed held at ${unit}`;
    case 'declined':
      return `${unit} declined the hold`;
    case 'accepted':
      return `${unit} accepted the child`;
    case 'released':
      return `Hold at ${unit} released`;
    default:
      return `Hold at ${unit} ended without a decision`;
  }
}

/** What happens next, in the order the reader will do it. */
export function holdNextSteps(hold: Hold, role: Role): string[] {
  const until = formatDateTime(hold.expiresAt);
  const deciding = role === 'provider';
  switch (hold.status) {
    case 'active':
      return deciding
        ? [
            'Read the child’s needs and decide whether the home can take them tonight.',
            'Accept to place the child in this bed, or decline with the reason: the local authority sees your reason and note at once.',
            `If nobody decides by ${until}, the hold ends and the bed is free again.`,
          ]
        : [
            `The home has been told. They accept or decline before ${until}; this page says so as soon as they do.`,
            'If it is urgent, phone the unit’s duty contact below.',
            'If you no longer need the bed, release the hold so another child can have it.',
          ];
    case 'declined':
      return deciding
        ? ['The bed is free again. The local authority has your reason.']
        : [
            'Go back to the request: the other matches are still there, and this home is marked as having declined.',
            'You can refer the child to several homes at once so that you are not waiting on one answer at a time.',
          ];
    case 'accepted':
      return [
        'The child is placed in this bed. Agree transport and hand-over with the unit’s duty contact.',
        'Record the legal authority for the placement on the placement page.',
      ];
    default:
      return deciding
        ? ['The bed is free again.']
        : ['The bed is free again. Go back to the request to hold another bed or refer to several homes.'];
  }
}
