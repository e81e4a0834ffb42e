"""The eight steps after a rejection, each derived from the data rather than ticked twice.

``Rejection.objects.with_progress()`` annotates one ``done_<step>`` boolean per step in the
same query that loads the rejections; this module turns those into what pages show.
"""

from dataclasses import dataclass

from rejections.models import Rejection, Step

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
        "Do something restorative and note it in your self-care journal.",
        "Done when a self-care note is dated on or after the rejection.",
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
