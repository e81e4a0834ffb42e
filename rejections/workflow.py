"""The eight steps after a rejection, each derived from the data rather than ticked twice.

``Rejection.objects.with_progress()`` annotates one ``done_<step>`` boolean per step in the
same query that loads the rejections; this module turns those into what pages show.
"""

from dataclasses import dataclass, field

from django.utils import formats

from rejections.models import LetterKind, Rejection, Step

GUIDANCE: dict[str, tuple[str, str]] = {
    Step.ACKNOWLEDGE: (
        "Record the rejection and, if you like, how you feel about it.",
        "Done when the rejection is recorded.",
    ),
    Step.THANK: (
        "Send a short thank-you note to the interviewer or hiring manager.",
        "Done when a thank-you letter is marked sent.",
    ),
    Step.FEEDBACK: (
        "Politely ask what you could improve, and note what they say.",
        "Done when a feedback request is marked sent or feedback is recorded.",
    ),
    Step.REFLECT: (
        "Write down what went well and what to improve, using any feedback.",
        "Done when you have written a reflection.",
    ),
    Step.PROACTIVE: (
        "Turn the reflection into concrete next actions.",
        "Done when a reflection lists next actions.",
    ),
    Step.NETWORK: (
        "Keep in touch with the people you met: connect, and plan to check back later.",
        "Done when a contact is linked with a planned check-in.",
    ),
    Step.KEEP_APPLYING: (
        "Keep the search going: add or send another application.",
        "Done when another application is sent on or after the rejection date, or added "
        "since and not sent yet (one added now with an earlier sending date does not count).",
    ),
    Step.SELF_CARE: (
        "Do something restorative and note it in your self-care journal, or take twenty "
        "minutes of private writing.",
        "Done when a self-care note is dated on or after the rejection, or a session of "
        "private writing is finished since then.",
    ),
}


@dataclass(frozen=True)
class StepState:
    number: int
    step: Step
    done: bool
    skip_reason: str | None

    @property
    def key(self) -> str:
        return self.step.value

    @property
    def title(self) -> str:
        return self.step.label

    @property
    def skipped(self) -> bool:
        return not self.done and self.skip_reason is not None

    @property
    def resolved(self) -> bool:
        return self.done or self.skipped

    @property
    def state(self) -> str:
        return "done" if self.done else "skipped" if self.skipped else "open"

    @property
    def guidance(self) -> str:
        return GUIDANCE[self.step][0]

    @property
    def done_when(self) -> str:
        return GUIDANCE[self.step][1]

    @property
    def can_skip(self) -> bool:
        return self.step != Step.ACKNOWLEDGE and not self.resolved


def steps_for(rejection: Rejection) -> list[StepState]:
    """The eight steps of a rejection loaded with ``Rejection.objects.with_progress()``."""
    skips = {skip.step: skip.reason for skip in rejection.skips.all()}
    states = []
    for number, step in enumerate(Step, start=1):
        done = True if step == Step.ACKNOWLEDGE else bool(getattr(rejection, f"done_{step.value}"))
        states.append(StepState(number, step, done, skips.get(step.value)))
    return states


def progress(rejection: Rejection) -> tuple[int, int]:
    """(resolved steps, all steps), e.g. (5, 8)."""
    states = steps_for(rejection)
    return sum(state.resolved for state in states), len(states)


@dataclass(frozen=True)
class ChecklistStep:
    """One step as the workspace shows it: its state, the rows that belong to it, and
    a one-line account of what resolved it."""

    state: StepState
    items: list = field(default_factory=list)
    did_it: str = ""
    is_next: bool = False

    def __getattr__(self, name: str):
        # Templates read the step's own facts (title, guidance, key…) straight through.
        return getattr(self.state, name)


def checklist(
    rejection: Rejection,
    steps: list[StepState],
    *,
    letters: list,
    reflections: list,
    network: list,
    self_care: list,
    writing: list = (),
) -> list[ChecklistStep]:
    """The steps with what belongs to each, and the first open one marked as next.

    Works on rows the workspace already loaded: no query of its own.
    """
    by_kind: dict[str, list] = {}
    for letter in letters:
        by_kind.setdefault(letter.kind, []).append(letter)
    with_actions = [reflection for reflection in reflections if reflection.next_actions.strip()]
    items = {
        Step.THANK: by_kind.get(LetterKind.THANK_YOU, []),
        Step.FEEDBACK: by_kind.get(LetterKind.FEEDBACK_REQUEST, []),
        Step.REFLECT: reflections,
        Step.PROACTIVE: with_actions,
        Step.NETWORK: network,
        Step.SELF_CARE: self_care,
    }
    # Finished sessions of private writing count for step 8 when no note does.
    finished_writing = list(writing)
    next_found = False
    result = []
    for state in steps:
        is_next = not state.resolved and not next_found
        next_found = next_found or is_next
        rows = items.get(state.step, [])
        did_it = _did_it(state, rejection, rows, finished_writing) if state.resolved else ""
        result.append(ChecklistStep(state, rows, did_it, is_next))
    return result


def _day(day) -> str:
    """A day and month in the reader's conventions ("March 3" or "3 March")."""
    return formats.date_format(day, "MONTH_DAY_FORMAT")


def _first_sent(letters: list):
    sent = [letter for letter in letters if letter.sent_on]
    return min(sent, key=lambda letter: letter.sent_on) if sent else None


def _did_it(state: StepState, rejection: Rejection, rows: list, writing: list) -> str:
    """What resolved a finished step, in a few words."""
    if state.skipped:
        return f"Skipped: {state.skip_reason}"
    step = state.step
    if step == Step.ACKNOWLEDGE:
        return "You recorded it" + (" and how you felt." if rejection.feelings else ".")
    if step in (Step.THANK, Step.FEEDBACK):
        letter = _first_sent(rows)
        if step == Step.FEEDBACK and rejection.feedback and letter is None:
            return "Feedback recorded."
        if letter is not None:
            to = f" to {letter.recipient_name}" if letter.recipient_name else ""
            return f"“{letter.subject}” sent{to} on {_day(letter.sent_on)}."
    if step == Step.REFLECT and rows:
        count = f"{len(rows)} reflection{'s' if len(rows) != 1 else ''}"
        return f"{count}, latest {_day(rows[0].written_on)}."
    if step == Step.PROACTIVE and rows:
        actions = rows[0].next_action_list
        return f"Next: {actions[0]}" + (f" (+{len(actions) - 1} more)" if len(actions) > 1 else "")
    if step == Step.NETWORK and rows:
        names = ", ".join(link.contact.name for link in rows[:2])
        return f"Keeping in touch with {names}" + ("…" if len(rows) > 2 else ".")
    if step == Step.KEEP_APPLYING:
        return "You added or sent an application since."
    if step == Step.SELF_CARE and rows:
        return f"{rows[0].activity} on {_day(rows[0].date)}."
    if step == Step.SELF_CARE and writing:
        return f"A session of private writing on {_day(writing[0].finished_on)}."
    return "Done."
