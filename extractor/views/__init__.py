"""Views for people checking extractions: a terminal view (rich) and an HTML report.

:mod:`.highlight` turns records (and a gold comparison) into marks and text segments;
:mod:`.terminal` and :mod:`.html` draw them; :mod:`.sources` reads texts and JSON(L) output.
"""

from .highlight import Mark, Segment, marks_for, segments
from .html import render_html
from .sources import ViewDoc, load
from .terminal import render_terminal

__all__ = ["Mark", "Segment", "ViewDoc", "load", "marks_for", "render_html", "render_terminal",
           "segments"]
