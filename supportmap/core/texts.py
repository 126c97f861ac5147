"""The sentences SupportMap says about a map's findings, and the helpers every core text uses.

The words of the text report are in `supportmap.core.texts_report` and the sentences about what
changed between two moments in `supportmap.core.texts_change`; the three are reviewed and
translated together. They follow VOICE.md: they
describe rather than judge, invite rather than push, offer one small concrete step, name the
people concerned, and point to professionals and crisis services wherever crisis help is thin.
Names always come from the map; the focus person is "you".

Each sentence is marked with ``_()``/``ngettext()`` from `supportmap.core.i18n` (words kept in
tables with ``N_()``), always whole and with named placeholders, so a translator sees it once.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from supportmap.core.i18n import N_, _, ngettext, number
from supportmap.core.vocabulary import Barrier, HelpType, Safety, Sector


class Text(NamedTuple):
    """The three texts of a finding."""

    title: str
    detail: str
    suggestion: str


NAMES_SHOWN = 5

HELP_WORDS = {
    HelpType.EMOTIONAL: N_("emotional support"),
    HelpType.PRACTICAL: N_("practical help"),
    HelpType.INFORMATIONAL: N_("advice and information"),
    HelpType.COMPANIONSHIP: N_("company"),
    HelpType.CRISIS: N_("help in a crisis"),
}
"""Each kind of help as words inside a sentence (source texts: show them with `help_words`)."""

CRISIS_NOTICE = N_(
    "SupportMap is not an emergency service. If you are in danger or thinking about harming "
    "yourself, please contact your local emergency number or a crisis line now."
)


def help_words(help_type: HelpType) -> str:
    """ "emotional support": one kind of help as words inside a sentence."""
    return _(HELP_WORDS[help_type])


def join_names(names: Sequence[str], limit: int = NAMES_SHOWN) -> str:
    """Names joined as people write them: "Sam", "Sam and Kim", "Sam, Kim and Jo".

    Long lists end in "and N others" so a sentence stays readable.
    """
    count = len(names)  # a long list is never copied whole: only the first few are named
    if not count:
        return ""
    if count > limit:
        rest = count - (limit - 1)
        other = ngettext("{n} other", "{n} others", rest).format(n=rest)
        names = [*names[: limit - 1], other]
    else:
        names = list(names)
    if len(names) == 1:
        return names[0]
    return _("{names} and {last}").format(names=", ".join(names[:-1]), last=names[-1])


def capitalised(text: str) -> str:
    """``text`` with a capital first letter, for a phrase that starts a sentence."""
    return text[:1].upper() + text[1:]


# --- coverage ------------------------------------------------------------------------------

_GAP_STEPS = {
    HelpType.EMOTIONAL: N_(
        "One small step might be to tell one person you trust how this week has really been, "
        "even in a short message."
    ),
    HelpType.PRACTICAL: N_(
        "If it feels right, you could ask someone for one small, specific thing this week, "
        "like a lift or a hand with one chore."
    ),
    HelpType.INFORMATIONAL: N_(
        "You could write down one question you are carrying and ask someone who might know, "
        "or a local advice service."
    ),
    HelpType.COMPANIONSHIP: N_(
        "One small step might be to suggest a short walk or a coffee to someone you like "
        "being around."
    ),
    HelpType.CRISIS: N_(
        "It may help to save the numbers of a local crisis line and your local emergency "
        "number where you can find them quickly, and to ask a professional, such as your GP "
        "or a therapist, who you could reach at your worst. SupportMap is not an emergency "
        "service."
    ),
}


def gap(help_type: HelpType) -> Text:
    words = help_words(help_type)
    return Text(
        _("No safe source of {words} right now").format(words=words),
        _("Right now, nobody you marked as safe gives you {words}.").format(words=words),
        _(_GAP_STEPS[help_type]),
    )


def unsafe_only(help_type: HelpType, names: Sequence[str]) -> Text:
    words = help_words(help_type)
    n = len(names)
    joined = join_names(names)
    return Text(
        ngettext(
            "{Words} comes only from someone you haven't marked as safe",
            "{Words} comes only from people you haven't marked as safe",
            n,
        ).format(Words=capitalised(words)),
        ngettext(
            "You get {words} from {names}, and you haven't marked this person as safe. "
            "How safe someone feels is your own judgment.",
            "You get {words} from {names}, and you haven't marked them as safe. "
            "How safe someone feels is your own judgment.",
            n,
        ).format(words=words, names=joined),
        _(
            "If you like, you could notice how you feel after the next time {words} comes "
            "from {names}, and whether anyone else might offer it too."
        ).format(words=words, names=joined),
    )


def single_source(help_type: HelpType, name: str) -> Text:
    words = help_words(help_type)
    if help_type is HelpType.CRISIS:
        step = _(
            "Alongside {name}, you could save the number of a local crisis line and ask a "
            "professional, such as your GP, who else you could reach when things are at their "
            "worst."
        )
    else:
        step = _(
            "One small step might be to think of one more person you could ask for {words}, "
            "and try one small ask this week."
        )
    return Text(
        _("{name} is your only safe source of {words}").format(name=name, words=words),
        _(
            "{name} is the only safe person you get {words} from. If {name} were away for a "
            "while, {words} would have no safe source."
        ).format(name=name, words=words),
        step.format(name=name, words=words),
    )


def crisis_thin(name: str) -> Text:
    return Text(
        _("Only {name} is there for you in a crisis").format(name=name),
        _(
            "{name} is the only safe person you could reach when things are at their worst. "
            "If {name} could not be reached, there is nobody else on your map for that moment."
        ).format(name=name),
        _(
            "You could save the numbers of a local crisis line and your local emergency number "
            "today, and ask a professional such as your GP who else you could reach at the worst "
            "moments. SupportMap is not an emergency service."
        ),
    )


# --- give and take -------------------------------------------------------------------------


def one_sided_giving(name: str) -> Text:
    return Text(
        _("You give {name} much more than you receive").format(name=name),
        _(
            "Right now, help flows mostly from you to {name}. Give and take need not balance "
            "at once."
        ).format(name=name),
        _(
            "If it feels right, you could let {name} do one small thing for you this week. "
            "Letting others help also gives them something."
        ).format(name=name),
    )


def one_sided_receiving(name: str) -> Text:
    return Text(
        _("{name} gives you much more than you give back").format(name=name),
        _(
            "Right now, help flows mostly from {name} to you. Relationships run both ways over "
            "time and need not balance at once."
        ).format(name=name),
        _(
            "If you like, you could tell {name} what their help means to you. There is no need "
            "to even things out."
        ).format(name=name),
    )


def giving_overall(given: int, received: int) -> Text:
    if received == 0:
        detail = _(
            "Across the people on your map (leaving out professionals), you give a lot and "
            "receive very little in return."
        )
    elif round(given / received) == 2:
        detail = _(
            "Across the people on your map (leaving out professionals), you give about twice "
            "as much as you receive."
        )
    else:
        detail = _(
            "Across the people on your map (leaving out professionals), you give about "
            "{ratio:.0f} times as much as you receive."
        ).format(ratio=number(given / received))
    return Text(
        _("You give much more than you receive"),
        detail,
        _(
            "People who give generously often find it hardest to receive. One small step might "
            "be to accept the next offer of help, however small."
        ),
    )


def concentration(name: str, share: float) -> Text:
    return Text(
        _("Much of your support comes from {name}").format(name=name),
        _("About {share:.0%} of the help you receive comes from {name}.").format(
            share=number(share), name=name
        ),
        _(
            "You could keep leaning on {name} and also try one small ask of someone else this week."
        ).format(name=name),
    )


# --- closeness and structure ---------------------------------------------------------------


def unsafe_close(name: str, safety: Safety) -> Text:
    if safety is Safety.DRAINING:
        title = _("{name} is close to you and feels draining")
        detail = _(
            "You placed {name} in one of your closest circles and marked them as draining. "
            "Only you can judge what that means for you."
        )
    else:
        title = _("{name} is close to you and feels unsafe")
        detail = _(
            "You placed {name} in one of your closest circles and marked them as unsafe. "
            "Only you can judge what that means for you."
        )
    return Text(
        title.format(name=name),
        detail.format(name=name),
        _("If it feels right, you could talk this over with someone you trust, at your own pace."),
    )


def no_professional() -> Text:
    return Text(
        _("No professionals or services on your map"),
        _(
            "Among the people you lean on right now, there is nobody from professionals or "
            "services, such as a GP, a therapist or a helpline."
        ),
        _(
            "If it feels right, you could note one service you could contact, such as your GP "
            "or a local helpline, and add it to your map."
        ),
    )


def bridge_person(name: str, cut_off: Sequence[str]) -> Text:
    return Text(
        _("{name} links some of your people to the others").format(name=name),
        ngettext(
            "{names} is connected to the others on your map only through {name}.",
            "{names} are connected to the others on your map only through {name}.",
            len(cut_off),
        ).format(names=join_names(cut_off), name=name),
        _(
            "If it ever feels useful, you could bring {first} together with someone else you "
            "trust, for example over a shared meal."
        ).format(first=cut_off[0]),
    )


def isolated(outside: Sequence[str]) -> Text:
    return Text(
        _("Some of your people don't know the others"),
        ngettext(
            "{names} doesn't know anyone in the largest group of people on your map. "
            "Separate circles can be a good thing too.",
            "{names} don't know anyone in the largest group of people on your map. "
            "Separate circles can be a good thing too.",
            len(outside),
        ).format(names=join_names(outside)),
        _("If it ever feels useful, you could mention {first} to someone else you trust.").format(
            first=outside[0]
        ),
    )


_SECTOR_WORDS = {
    Sector.FAMILY: N_("family"),
    Sector.FRIENDS: N_("friends"),
    Sector.WORK: N_("work or school"),
    Sector.COMMUNITY: N_("your community"),
    Sector.PROFESSIONAL: N_("professionals and services"),
    Sector.ONLINE: N_("online"),
    Sector.OTHER: N_("other"),
}


def low_diversity(main_sector: Sector) -> Text:
    if main_sector is Sector.OTHER:
        where = _(
            "Most of the people you lean on right now are under “Other” on your map. Noting "
            "where each of them fits in your life lets the map show this more clearly."
        )
    else:
        where = _(
            "Most of the people you lean on right now belong to one part of your life: {area}."
        ).format(area=_(_SECTOR_WORDS[main_sector]))
    return Text(
        _("Most of your support comes from one part of life"),
        where,
        _(
            "One small step might be to get back in touch with one person from another part of "
            "your life, such as a neighbour, a club or an old friend."
        ),
    )


# --- reaching out --------------------------------------------------------------------------


def potential(name: str, safety: Safety) -> Text:
    if safety is Safety.SAFE:
        detail = _(
            "You placed {name} in the outer circle as someone you could turn to, and marked "
            "them as safe."
        )
    else:
        detail = _(
            "You placed {name} in the outer circle as someone you could turn to, and haven't "
            "decided yet how safe they feel."
        )
    return Text(
        _("{name} is someone you could reach out to").format(name=name),
        detail.format(name=name),
        _(
            "A small first contact could be a short, friendly message to {name}, with no ask "
            "attached."
        ).format(name=name),
    )


_BARRIER_WORDS = {
    Barrier.JUDGMENT: N_("the fear of being judged"),
    Barrier.PRIDE: N_("the feeling of having to manage alone"),
    Barrier.OWING: N_("the worry of owing them something"),
    Barrier.CONTROL: N_("the worry that they might take over"),
    Barrier.PAST: N_("help from them that went wrong before"),
    Barrier.SHAME: N_("feeling ashamed to ask"),
    Barrier.ENERGY: N_("reaching out taking energy you don't have"),
    Barrier.HOPE: N_("not expecting that it would help"),
    Barrier.ACCESS: N_("them being hard to reach"),
}
"""What makes asking hard, inside a sentence; the burden barrier is quoted as the user ticked it."""

_BARRIER_TITLES = {
    Barrier.BURDEN: N_("Not wanting to ask too much"),
    Barrier.JUDGMENT: N_("Fear of being judged"),
    Barrier.PRIDE: N_("Feeling you have to manage alone"),
    Barrier.OWING: N_("Worry about owing"),
    Barrier.CONTROL: N_("Worry that they might take over"),
    Barrier.PAST: N_("Help that went wrong before"),
    Barrier.SHAME: N_("Feeling ashamed to ask"),
    Barrier.ENERGY: N_("Reaching out taking energy"),
    Barrier.HOPE: N_("Not expecting it to help"),
    Barrier.ACCESS: N_("People being hard to reach"),
}

_BARRIER_STEPS = {
    Barrier.BURDEN: N_(
        "Many people are glad to be asked. You could try one small ask of one of "
        "them and notice how they respond."
    ),
    Barrier.JUDGMENT: N_(
        "You could start with a small ask of the person you expect the least judgment from."
    ),
    Barrier.PRIDE: N_(
        "Asking is part of any close relationship. You could try one small, specific ask this week."
    ),
    Barrier.OWING: N_(
        "Give and take need not balance at once. You could accept one small thing without "
        "paying it back straight away."
    ),
    Barrier.CONTROL: N_(
        "You could ask for one specific, limited thing, so the rest stays in your hands."
    ),
    Barrier.PAST: N_(
        "You could think about what would make it feel different this time, and try a very "
        "small ask."
    ),
    Barrier.SHAME: N_("You could share one small thing with the person you feel safest with."),
    Barrier.ENERGY: N_("A very short message, like “Could we talk this week?”, can be enough."),
    Barrier.HOPE: N_("You could try one small ask as an experiment and notice what happens."),
    Barrier.ACCESS: N_("You could ask one of them when and how they are easiest to reach."),
}


def _barrier_words(barrier: Barrier) -> str:
    if barrier is Barrier.BURDEN:
        return _("“{label}”").format(label=barrier.label)
    return _(_BARRIER_WORDS[barrier])


def barrier_pattern(barrier: Barrier, names: Sequence[str]) -> Text:
    n = len(names)
    return Text(
        ngettext("{what} comes up with {n} person", "{what} comes up with {n} people", n).format(
            what=_(_BARRIER_TITLES[barrier]), n=n
        ),
        _("With {names}, what makes asking hard is {what}.").format(
            names=join_names(names), what=_barrier_words(barrier)
        ),
        _(_BARRIER_STEPS[barrier]),
    )
