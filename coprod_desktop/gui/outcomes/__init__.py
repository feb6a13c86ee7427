"""Closing the loop: you said, we did (panel, dialogs, projector view); who we are hearing
(chart, reference, venues); who we invited and who we lost."""
