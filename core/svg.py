"""What every server-drawn SVG chart shares: its colours and how it writes numbers.

Charts are inline SVG with presentation attributes only (the strict CSP blocks the
``<style>`` elements chart libraries embed).
"""

# Colours on white, all above the 3:1 contrast non-text graphics need (most above 4.5:1).
ACCENT = "#2f6f5e"  # Rebound green, 6.2:1
REJECTION_COLOUR = "#b02a37"  # 6.4:1
SENT_COLOUR = "#0b5ed7"  # blue, 5.2:1
RESPONSE_COLOUR = "#a84d00"  # dark orange, 5.6:1: told apart from blue with any colour vision
TEXT_COLOUR = "#212529"
GRID_COLOUR = "#ced4da"


def svg_number(value: float) -> str:
    """A coordinate with a "." decimal point: template localisation could otherwise write
    "12,5", which SVG does not understand."""
    return f"{value:.1f}"
