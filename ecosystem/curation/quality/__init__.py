"""Data quality: a score per listing with what to fix (`scoring`, pure), freshness alerts and
confirmation links (`alerts`, `services`), the curators' dashboard and its daily snapshots (`report`)."""
