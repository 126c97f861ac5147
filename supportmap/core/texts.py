"""Every sentence SupportMap says about a map: finding texts and the words of the text report.

They live together so they can be reviewed and translated as one. They follow VOICE.md: they
describe rather than judge, invite rather than push, offer one small concrete step, name the
people concerned, and point to professionals and crisis services wherever crisis help is thin.
Names always come from the map; the focus person is "you".
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from supportmap.core.vocabulary import Barrier, HelpType, Safety, Sector


class Text(NamedTuple):
    """The three texts of a finding."""

    title: str
    detail: str
    suggestion: str


NAMES_SHOWN = 5

HELP_WORDS = {
    HelpType.EMOTIONAL: "emotional support",
    HelpType.PRACTICAL: "practical help",
    HelpType.INFORMATIONAL: "advice and information",
    HelpType.COMPANIONSHIP: "company",
    HelpType.CRISIS: "help in a crisis",
}

CRISIS_NOTICE = (
    "SupportMap is not an emergency service. If you are in danger or thinking about harming "
    "yourself, please contact your local emergency number or a crisis line now."
)


def join_names(names: Sequence[str], limit: int = NAMES_SHOWN) -> str:
    """Names joined as people write them: "Sam", "Sam and Kim", "Sam, Kim and Jo".

    Long lists end in "and N others" so a sentence stays readable.
    """
    count = len(names)  # a long list is never copied whole: only the first few are named
    if not count:
        return ""
    shown = [*names[: limit - 1], f"{count - (limit - 1)} others"] if count > limit else None
    names = list(names) if shown is None else shown
    if len(names) == 1:
        return names[0]
    return f"{', '.join(names[:-1])} and {names[-1]}"


def _are(names: Sequence[str]) -> str:
    return "is" if len(names) == 1 else "are"


def _do(names: Sequence[str]) -> str:
    return "doesn't" if len(names) == 1 else "don't"


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


# --- coverage ------------------------------------------------------------------------------

_GAP_STEPS = {
    HelpType.EMOTIONAL: (
        "One small step might be to tell one person you trust how this week has really been, "
        "even in a short message."
    ),
    HelpType.PRACTICAL: (
        "If it feels right, you could ask someone for one small, specific thing this week, "
        "like a lift or a hand with one chore."
    ),
    HelpType.INFORMATIONAL: (
        "You could write down one question you are carrying and ask someone who might know, "
        "or a local advice service."
    ),
    HelpType.COMPANIONSHIP: (
        "One small step might be to suggest a short walk or a coffee to someone you like "
        "being around."
    ),
    HelpType.CRISIS: (
        "It may help to save the numbers of a local crisis line and your local emergency "
        "number where you can find them quickly, and to ask a professional, such as your GP "
        "or a therapist, who you could reach at your worst. SupportMap is not an emergency "
        "service."
    ),
}


def gap(help_type: HelpType) -> Text:
    words = HELP_WORDS[help_type]
    return Text(
        f"No safe source of {words} right now",
        f"Right now, nobody you marked as safe gives you {words}.",
        _GAP_STEPS[help_type],
    )


def unsafe_only(help_type: HelpType, names: Sequence[str]) -> Text:
    words = HELP_WORDS[help_type]
    several = len(names) > 1
    them = "them" if several else "this person"
    who = "people" if several else "someone"
    return Text(
        f"{_capital(words)} comes only from {who} you haven't marked as safe",
        f"You get {words} from {join_names(names)}, and you haven't marked {them} as safe. "
        "How safe someone feels is your own judgment.",
        f"If you like, you could notice how you feel after the next time {words} comes "
        f"from {join_names(names)}, and whether anyone else might offer it too.",
    )


def single_source(help_type: HelpType, name: str) -> Text:
    words = HELP_WORDS[help_type]
    if help_type is HelpType.CRISIS:
        step = (
            f"Alongside {name}, you could save the number of a local crisis line and ask a "
            "professional, such as your GP, who else you could reach when things are at their "
            "worst."
        )
    else:
        step = (
            f"One small step might be to think of one more person you could ask for {words}, "
            "and try one small ask this week."
        )
    return Text(
        f"{name} is your only safe source of {words}",
        f"{name} is the only safe person you get {words} from. If {name} were away for a "
        f"while, {words} would have no safe source.",
        step,
    )


def crisis_thin(name: str) -> Text:
    return Text(
        f"Only {name} is there for you in a crisis",
        f"{name} is the only safe person you could reach when things are at their worst. "
        f"If {name} could not be reached, there is nobody else on your map for that moment.",
        "You could save the numbers of a local crisis line and your local emergency number "
        "today, and ask a professional such as your GP who else you could reach at the worst "
        "moments. SupportMap is not an emergency service.",
    )


# --- give and take -------------------------------------------------------------------------


def one_sided_giving(name: str) -> Text:
    return Text(
        f"You give {name} much more than you receive",
        f"Right now, help flows mostly from you to {name}. Give and take need not balance at once.",
        f"If it feels right, you could let {name} do one small thing for you this week. "
        "Letting others help also gives them something.",
    )


def one_sided_receiving(name: str) -> Text:
    return Text(
        f"{name} gives you much more than you give back",
        f"Right now, help flows mostly from {name} to you. Relationships run both ways over "
        "time and need not balance at once.",
        f"If you like, you could tell {name} what their help means to you. There is no need "
        "to even things out.",
    )


def giving_overall(given: int, received: int) -> Text:
    if received == 0:
        amount = "you give a lot and receive very little in return"
    else:
        ratio = given / received
        amount = f"you give about {ratio:.0f} times as much as you receive"
        if round(ratio) == 2:
            amount = "you give about twice as much as you receive"
    return Text(
        "You give much more than you receive",
        f"Across the people on your map (leaving out professionals), {amount}.",
        "People who give generously often find it hardest to receive. One small step might "
        "be to accept the next offer of help, however small.",
    )


def concentration(name: str, share: float) -> Text:
    return Text(
        f"Much of your support comes from {name}",
        f"About {share:.0%} of the help you receive comes from {name}.",
        f"You could keep leaning on {name} and also try one small ask of someone else this week.",
    )


# --- closeness and structure ---------------------------------------------------------------


def unsafe_close(name: str, safety: Safety) -> Text:
    feels = "draining" if safety is Safety.DRAINING else "unsafe"
    return Text(
        f"{name} is close to you and feels {feels}",
        f"You placed {name} in one of your closest circles and marked them as {feels}. "
        "Only you can judge what that means for you.",
        "If it feels right, you could talk this over with someone you trust, at your own pace.",
    )


def no_professional() -> Text:
    return Text(
        "No professionals or services on your map",
        "Among the people you lean on right now, there is nobody from professionals or "
        "services, such as a GP, a therapist or a helpline.",
        "If it feels right, you could note one service you could contact, such as your GP or "
        "a local helpline, and add it to your map.",
    )


def bridge_person(name: str, cut_off: Sequence[str]) -> Text:
    return Text(
        f"{name} links some of your people to the others",
        f"{join_names(cut_off)} {_are(cut_off)} connected to the others on your map only "
        f"through {name}.",
        f"If it ever feels useful, you could bring {cut_off[0]} together with someone else "
        "you trust, for example over a shared meal.",
    )


def isolated(outside: Sequence[str]) -> Text:
    return Text(
        "Some of your people don't know the others",
        f"{join_names(outside)} {_do(outside)} know anyone in the largest group of people on "
        "your map. Separate circles can be a good thing too.",
        f"If it ever feels useful, you could mention {outside[0]} to someone else you trust.",
    )


_SECTOR_WORDS = {
    Sector.FAMILY: "family",
    Sector.FRIENDS: "friends",
    Sector.WORK: "work or school",
    Sector.COMMUNITY: "your community",
    Sector.PROFESSIONAL: "professionals and services",
    Sector.ONLINE: "online",
    Sector.OTHER: "other",
}


def low_diversity(main_sector: Sector) -> Text:
    where = (
        "Most of the people you lean on right now are under “Other” on your map. Noting where "
        "each of them fits in your life lets the map show this more clearly."
        if main_sector is Sector.OTHER
        else "Most of the people you lean on right now belong to one part of your life: "
        f"{_SECTOR_WORDS[main_sector]}."
    )
    return Text(
        "Most of your support comes from one part of life",
        where,
        "One small step might be to get back in touch with one person from another part of "
        "your life, such as a neighbour, a club or an old friend.",
    )


# --- reaching out --------------------------------------------------------------------------


def potential(name: str, safety: Safety) -> Text:
    how = (
        "and marked them as safe"
        if safety is Safety.SAFE
        else "and haven't decided yet how safe they feel"
    )
    return Text(
        f"{name} is someone you could reach out to",
        f"You placed {name} in the outer circle as someone you could turn to, {how}.",
        f"A small first contact could be a short, friendly message to {name}, with no ask "
        "attached.",
    )


_BARRIER_WORDS = {
    Barrier.BURDEN: f"“{Barrier.BURDEN.label}”",
    Barrier.JUDGMENT: "the fear of being judged",
    Barrier.PRIDE: "the feeling of having to manage alone",
    Barrier.OWING: "the worry of owing them something",
    Barrier.CONTROL: "the worry that they might take over",
    Barrier.PAST: "help from them that went wrong before",
    Barrier.SHAME: "feeling ashamed to ask",
    Barrier.ENERGY: "reaching out taking energy you don't have",
    Barrier.HOPE: "not expecting that it would help",
    Barrier.ACCESS: "them being hard to reach",
}

_BARRIER_TITLES = {
    Barrier.BURDEN: "Not wanting to ask too much",
    Barrier.JUDGMENT: "Fear of being judged",
    Barrier.PRIDE: "Feeling you have to manage alone",
    Barrier.OWING: "Worry about owing",
    Barrier.CONTROL: "Worry that they might take over",
    Barrier.PAST: "Help that went wrong before",
    Barrier.SHAME: "Feeling ashamed to ask",
    Barrier.ENERGY: "Reaching out taking energy",
    Barrier.HOPE: "Not expecting it to help",
    Barrier.ACCESS: "People being hard to reach",
}

_BARRIER_STEPS = {
    Barrier.BURDEN: "Many people are glad to be asked. You could try one small ask of one of "
    "them and notice how they respond.",
    Barrier.JUDGMENT: "You could start with a small ask of the person you expect the least "
    "judgment from.",
    Barrier.PRIDE: "Asking is part of any close relationship. You could try one small, "
    "specific ask this week.",
    Barrier.OWING: "Give and take need not balance at once. You could accept one small thing "
    "without paying it back straight away.",
    Barrier.CONTROL: "You could ask for one specific, limited thing, so the rest stays in "
    "your hands.",
    Barrier.PAST: "You could think about what would make it feel different this time, and try "
    "a very small ask.",
    Barrier.SHAME: "You could share one small thing with the person you feel safest with.",
    Barrier.ENERGY: "A very short message, like “Could we talk this week?”, can be enough.",
    Barrier.HOPE: "You could try one small ask as an experiment and notice what happens.",
    Barrier.ACCESS: "You could ask one of them when and how they are easiest to reach.",
}


def barrier_pattern(barrier: Barrier, names: Sequence[str]) -> Text:
    return Text(
        f"{_BARRIER_TITLES[barrier]} comes up with {len(names)} people",
        f"With {join_names(names)}, what makes asking hard is {_BARRIER_WORDS[barrier]}.",
        _BARRIER_STEPS[barrier],
    )


# --- the text report -----------------------------------------------------------------------

SEVERITY_HEADINGS = {
    "alert": "Worth attention now",
    "warning": "Worth a look",
    "notice": "Good to notice",
    "info": "Good to know",
}
EMPTY_MAP_PROMPT = (
    "Your map is empty so far, and that is a fine place to start. You could add one person "
    "you see or talk to often, and note what kind of help goes between you."
)
SMALL_MAP_PROMPT = (
    "A small map is a good start. Adding one more person, even someone you only could reach "
    "out to, already shows more of the picture."
)
AT_A_GLANCE = "At a glance"
WHAT_IF_HEADING = "If someone were not available"
NOTHING_HANGS = (
    "Right now no single person's absence would leave a kind of help without a safe source "
    "or cut people off from the others."
)


def report_title(title: str, focus_name: str) -> str:
    return title or f"Support map of {focus_name}"


def people_line(current: int, potential: int) -> str:
    line = f"People you lean on now: {current}"
    if potential:
        line += f" (and {potential} you could reach out to)"
    return line


def coverage_line(help_type: HelpType, safe_people: int) -> str:
    count = "nobody yet" if safe_people == 0 else f"{safe_people}"
    return f"Safe people for {HELP_WORDS[help_type]}: {count}"


def spread_line(effective_supporters: float) -> str:
    if effective_supporters == 0:
        return "You haven't noted any help you receive yet."
    if round(effective_supporters, 1) == 1.0:
        return "The help you receive comes from about one person."
    return f"The help you receive is spread across about {effective_supporters:.1f} people."


def knowing_line(pairs_tied: int, pairs: int, components: int) -> str:
    if pairs == 0:
        return ""
    line = f"Of the {pairs} pairs among them, {pairs_tied} know each other"
    if pairs_tied and components > 1:
        line += f"; they form {components} separate groups"
    return line + "."


def areas_line(labels: Sequence[str]) -> str:
    if not labels:
        return ""
    return f"Parts of life they come from: {join_names(labels, limit=len(labels))}."


def what_if_line(name: str, lost: Sequence[HelpType], cut_off: Sequence[str]) -> str:
    parts = []
    if lost:
        words = join_names([HELP_WORDS[t] for t in lost], limit=len(lost))
        parts.append(f"nobody safe would be left for {words}")
    if cut_off:
        parts.append(
            f"{join_names(cut_off)} would no longer be connected to the others on your map"
        )
    return f"If {name} were not available, {' and '.join(parts)}."
