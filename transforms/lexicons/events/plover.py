"""The event types: PLOVER's 16 in four quad classes, and newsetl's APPOINT, ELECT and RESIGN.

`EVENT_TYPES` is loaded into the `event_types` table. newsetl's own types have quad class None.
Which words code which type is in `triggers`.
"""

from __future__ import annotations

#: type -> (quad class or None, description)
EVENT_TYPES: dict[str, tuple[str | None, str]] = {
    "AGREE": ("verbal cooperation", "Agree to, or promise, a future action or settlement."),
    "CONSULT": ("verbal cooperation", "Meet, visit, talk or negotiate."),
    "SUPPORT": ("verbal cooperation", "Praise, endorse, congratulate or back another actor."),
    "CONCEDE": ("material cooperation", "Ease restrictions, release, apologise or give way."),
    "COOPERATE": ("material cooperation", "Act jointly: sign agreements, share, collaborate."),
    "AID": ("material cooperation", "Provide economic, military or humanitarian aid."),
    "RETREAT": ("material cooperation", "Withdraw forces, evacuate or back down."),
    "REQUEST": ("verbal cooperation", "Ask, urge, appeal or demand something of another."),
    "ACCUSE": ("verbal conflict", "Accuse, blame, criticise or condemn."),
    "REJECT": ("verbal conflict", "Reject, refuse, deny or veto."),
    "THREATEN": ("verbal conflict", "Threaten or warn of coercive action."),
    "PROTEST": ("material conflict", "Demonstrate, strike, boycott or rally against."),
    "SANCTION": ("material conflict", "Impose sanctions, embargoes, expulsions or bans."),
    "MOBILIZE": ("material conflict", "Mobilise or deploy forces, raise alert levels."),
    "COERCE": ("material conflict", "Arrest, detain, seize, deport or repress."),
    "ASSAULT": ("material conflict", "Attack, bomb, shoot, kill or invade."),
    "APPOINT": (None, "newsetl: appoint, nominate or name someone to a post."),
    "ELECT": (None, "newsetl: elect, or win or lose an election."),
    "RESIGN": (None, "newsetl: resign, step down or be dismissed from a post."),
}
