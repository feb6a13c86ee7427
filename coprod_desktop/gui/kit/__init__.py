"""Widgets and small contracts the console's features share (keyboard map, panel hooks, gates).

Feature folders may import the kit; the kit imports no feature.
"""
