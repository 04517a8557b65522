"""Training recipe for the shipped Indonesian Stanza models.

``python -m pipeline.training prepare`` lays out the data in ``build/data``,
``train`` trains one or all processors into ``build/saved`` and copies the
final weights (no optimizer state) to ``models/id``, ``evaluate`` scores them
on held-out data and writes ``models/README.md``.
"""
